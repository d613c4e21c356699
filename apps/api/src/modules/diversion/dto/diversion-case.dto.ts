import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANNEL_ENTRY_OUTCOMES,
  type ChannelEntryOutcome,
  type ChannelFollowUpRequest,
  CONSULTATION_KINDS,
  type ConsultationKind,
  type ConsultationRequest,
  DIVERSION_ROUTES,
  type DiversionRoute,
  type DivertCaseRequest,
  type FlagLawRelatedRequest,
} from '@julu/contracts';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

/** 标记涉法涉诉: who flags is the caller; why is required. */
export class FlagLawRelatedDto implements FlagLawRelatedRequest {
  @ApiProperty()
  @IsString({ message: '请填写标记为涉法涉诉的理由' })
  @MinLength(2, { message: '请填写标记为涉法涉诉的理由（至少 2 个字）' })
  @MaxLength(500, { message: '理由不超过 500 个字' })
  reason!: string;
}

/** 确认分流去向: the suggestion confirmed (ruleId) or another route chosen. */
export class DivertCaseDto implements DivertCaseRequest {
  @ApiProperty()
  @IsInt({ message: '缺少事项版本号，请刷新页面后重试' })
  @Min(1, { message: '事项版本号有误' })
  expectedVersion!: number;

  @ApiProperty({ enum: DIVERSION_ROUTES })
  @IsIn(DIVERSION_ROUTES, { message: '请选择分流去向' })
  route!: DiversionRoute;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '分流规则编号有误' })
  ruleId?: string;

  @ApiProperty()
  @IsString({ message: '请填写有权处理的机关' })
  @MinLength(2, { message: '请填写有权处理的机关' })
  @MaxLength(200, { message: '有权处理的机关不超过 200 个字' })
  competentOrgan!: string;

  @ApiProperty()
  @IsString({ message: '请填写告知理由' })
  @MinLength(2, { message: '请填写告知理由（至少 2 个字）' })
  @MaxLength(2000, { message: '告知理由不超过 2000 个字' })
  note!: string;
}

/** 回访: did the petitioner enter the channel? */
export class ChannelFollowUpDto implements ChannelFollowUpRequest {
  @ApiProperty({ enum: CHANNEL_ENTRY_OUTCOMES })
  @IsIn(CHANNEL_ENTRY_OUTCOMES, { message: '请选择是否进入法定途径' })
  outcome!: ChannelEntryOutcome;

  @ApiProperty({ example: '2026-03-20' })
  @IsCalendarDate({ message: '核实日期应为 YYYY-MM-DD' })
  checkedOn!: string;

  @ApiProperty()
  @IsString({ message: '请填写核实依据' })
  @MinLength(2, { message: '请填写核实依据（如立案通知书编号、电话回访记录）' })
  @MaxLength(1000, { message: '核实依据不超过 1000 个字' })
  evidence!: string;
}

/** 法律咨询 / 政策解释. */
export class ConsultationDto implements ConsultationRequest {
  @ApiProperty({ enum: CONSULTATION_KINDS })
  @IsIn(CONSULTATION_KINDS, { message: '请选择法律咨询或政策解释' })
  kind!: ConsultationKind;

  @ApiProperty()
  @IsString({ message: '请填写解答人' })
  @MinLength(1, { message: '请填写解答人' })
  @MaxLength(50, { message: '解答人不超过 50 个字' })
  advisor!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '值班律师不超过 50 个字' })
  lawyerOnDuty?: string;

  @ApiProperty()
  @IsString({ message: '请填写咨询解答内容' })
  @MinLength(2, { message: '请填写咨询解答内容' })
  @MaxLength(4000, { message: '内容不超过 4000 个字' })
  content!: string;

  @ApiProperty({ example: '2026-03-20' })
  @IsCalendarDate({ message: '日期应为 YYYY-MM-DD' })
  heldOn!: string;
}
