import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_PETITIONER_ROLES,
  CASE_SOURCES,
  type CasePetitionerRole,
  type CaseSource,
  type Channel,
  CHANNEL_SUBTYPES,
  CHANNELS,
  type ChannelSubtype,
  type CreateCaseRequest,
  MATTER_TYPES,
  type MatterType,
  VISITED_LEVELS,
  type VisitedLevel,
} from '@julu/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../../../core/validation/is-calendar-date';

export class CasePetitionerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择信访人' })
  petitionerId!: string;

  @ApiProperty({ enum: CASE_PETITIONER_ROLES })
  @IsIn(CASE_PETITIONER_ROLES, { message: `信访人角色须为 ${CASE_PETITIONER_ROLES.join('、')} 之一` })
  role!: CasePetitionerRole;
}

export class CreateCaseDto implements CreateCaseRequest {
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS, { message: `信访形式须为 ${CHANNELS.join('、')} 之一` })
  channel!: Channel;

  @ApiPropertyOptional({ enum: CHANNEL_SUBTYPES })
  @IsOptional()
  @IsIn(CHANNEL_SUBTYPES, { message: `网上信访类型须为 ${CHANNEL_SUBTYPES.join('、')} 之一` })
  channelSubtype?: ChannelSubtype;

  @ApiProperty({ enum: CASE_SOURCES })
  @IsIn(CASE_SOURCES, { message: `来源须为 ${CASE_SOURCES.join('、')} 之一` })
  source!: CaseSource;

  @ApiProperty({ enum: MATTER_TYPES })
  @IsIn(MATTER_TYPES, { message: `事项类型须为 ${MATTER_TYPES.join('、')} 之一` })
  matterType!: MatterType;

  @ApiProperty({ example: '01' })
  @IsString({ message: '请选择内容分类' })
  @Length(1, 20, { message: '请选择内容分类' })
  categoryCode!: string;

  @ApiProperty({ example: '反映土地承包纠纷' })
  @IsString({ message: '请填写主题' })
  @Length(2, 200, { message: '主题须为 2–200 个字符' })
  @Matches(/\S/, { message: '请填写主题' })
  title!: string;

  @ApiProperty({ description: '主要诉求' })
  @IsString({ message: '请填写主要诉求' })
  @Length(2, 4000, { message: '主要诉求须为 2–4000 个字符' })
  @Matches(/\S/, { message: '请填写主要诉求' })
  mainRequest!: string;

  @ApiPropertyOptional({ description: '事实和理由' })
  @IsOptional()
  @IsString({ message: '事实和理由必须是文本' })
  @MaxLength(20000, { message: '事实和理由不超过 20000 个字符' })
  factsAndReasons?: string;

  @ApiProperty({ format: 'uuid', description: '问题属地乡镇' })
  @IsUUID('all', { message: '请选择问题属地乡镇' })
  townshipId!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '请选择问题属地村（社区）' })
  villageId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '问题发生详细地址必须是文本' })
  @MaxLength(200, { message: '问题发生详细地址不超过 200 个字符' })
  locationDetail?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '涉及单位 (for 检举控告: the accused unit)' })
  @IsOptional()
  @IsUUID('all', { message: '请选择涉及单位' })
  involvedUnitId?: string;

  @ApiProperty({ minimum: 1, example: 1 })
  @IsInt({ message: '人数须为整数' })
  @Min(1, { message: '人数至少为 1' })
  @Max(100000, { message: '人数过大' })
  peopleCount!: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt({ message: '联名人数须为整数' })
  @Min(0, { message: '联名人数不能为负数' })
  @Max(100000, { message: '联名人数过大' })
  jointSigners?: number;

  @ApiPropertyOptional({ enum: VISITED_LEVELS })
  @IsOptional()
  @IsIn(VISITED_LEVELS, { message: `走访到达层级须为 ${VISITED_LEVELS.join('、')} 之一` })
  visitedLevel?: VisitedLevel;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: '是否涉法涉诉须为 true 或 false' })
  lawRelated?: boolean;

  @ApiPropertyOptional({ description: '收到日期 YYYY-MM-DD (required for LETTER and ONLINE)' })
  @IsOptional()
  @IsCalendarDate({ message: '收到日期应为 YYYY-MM-DD 格式的有效日期' })
  receivedOn?: string;

  @ApiProperty({ type: [CasePetitionerDto] })
  @IsArray({ message: '请添加信访人' })
  @ArrayMinSize(1, { message: '请至少添加一名信访人' })
  @ArrayMaxSize(200, { message: '信访人过多' })
  @ValidateNested({ each: true })
  @Type(() => CasePetitionerDto)
  petitioners!: CasePetitionerDto[];
}
