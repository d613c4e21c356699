import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateHotspotRequest,
  HOTSPOT_ACTIONS,
  type HotspotAction,
  type HotspotFollowUpRequest,
  type HotspotIncidentRequest,
  INCIDENT_LEVELS,
  INCIDENT_NATURES,
  type IncidentLevel,
  type IncidentNature,
  type HotspotTransitionRequest,
  type LinkHotspotCaseRequest,
  RISK_LEVELS,
  type RiskLevel,
  UPWARD_DIRECTIONS,
  type UpwardDirection,
} from '@julu/contracts';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

const text = (label: string, max: number) => [
  IsString({ message: `请填写${label}` }),
  MinLength(1, { message: `请填写${label}` }),
  MaxLength(max, { message: `${label}不超过 ${max} 个字` }),
];
const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

/** 信访隐患 (DOMAIN.md §2.4): every field of the ledger; the deadline is computed. */
export class CreateHotspotDto implements CreateHotspotRequest {
  @ApiProperty({ example: '2026-03-16' })
  @IsCalendarDate({ message: '排查日期应为 YYYY-MM-DD' })
  foundOn!: string;

  @ApiProperty() @apply(...text('排查人', 50)) foundBy!: string;
  @ApiProperty() @apply(...text('排查单位', 100)) reportingOrg!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择属地乡镇' })
  townshipId!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '村（社区）编号有误' })
  villageId?: string | null;

  @ApiProperty() @apply(...text('隐患类别', 20)) categoryCode!: string;
  @ApiProperty() @apply(...text('隐患描述', 4000)) description!: string;
  @ApiProperty() @apply(...text('主要诉求', 2000)) mainDemand!: string;

  @ApiProperty()
  @IsInt({ message: '涉及人数须为整数' })
  @Min(1, { message: '涉及人数至少为 1' })
  @Max(100000, { message: '涉及人数过大' })
  peopleInvolved!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '涉及群体不超过 50 个字' })
  groupType?: string;

  @ApiPropertyOptional({ enum: UPWARD_DIRECTIONS })
  @IsOptional()
  @IsIn(UPWARD_DIRECTIONS, { message: '可能上行方向须为赴市、到省或进京' })
  possibleDirection?: UpwardDirection | null;

  @ApiProperty({ enum: RISK_LEVELS })
  @IsIn(RISK_LEVELS, { message: '风险等级须为 1（重大）至 4（较低）' })
  riskLevel!: RiskLevel;

  @ApiProperty() @apply(...text('包案（责任）领导', 50)) leaderInCharge!: string;
  @ApiProperty() @apply(...text('责任单位', 100)) responsibleOrg!: string;
  @ApiProperty() @apply(...text('责任人', 50)) responsiblePerson!: string;
  @ApiProperty() @apply(...text('稳控责任人', 50)) stabilityPerson!: string;
  @ApiProperty() @apply(...text('化解措施', 4000)) measuresResolve!: string;
  @ApiProperty() @apply(...text('稳控措施', 4000)) measuresStability!: string;

  @ApiProperty({ description: '化解时限（日，按法定日历自排查日期起算）' })
  @IsInt({ message: '化解时限须为整数（日）' })
  @Min(1, { message: '化解时限至少 1 日' })
  @Max(366, { message: '化解时限不超过 366 日' })
  deadlineDays!: number;
}

export class HotspotTransitionDto implements HotspotTransitionRequest {
  @ApiProperty({ enum: HOTSPOT_ACTIONS })
  @IsIn(HOTSPOT_ACTIONS, { message: '操作无效' })
  action!: HotspotAction;

  @ApiProperty()
  @IsInt({ message: '缺少台账版本号，请刷新页面后重试' })
  @Min(1, { message: '台账版本号有误' })
  expectedVersion!: number;

  @ApiProperty() @apply(...text('情况说明', 2000)) note!: string;
}

export class HotspotFollowUpDto implements HotspotFollowUpRequest {
  @ApiProperty() @apply(...text('动态记录内容', 4000)) content!: string;
}

export class LinkHotspotCaseDto implements LinkHotspotCaseRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择要关联的信访事项' })
  caseId!: string;
}

/** 转为突发事件快报. */
export class HotspotIncidentDto implements HotspotIncidentRequest {
  @ApiProperty({ enum: INCIDENT_LEVELS })
  @IsIn(INCIDENT_LEVELS, { message: '请选择事件等级' })
  level!: IncidentLevel;

  @ApiProperty({ enum: INCIDENT_NATURES })
  @IsIn(INCIDENT_NATURES, { message: '请选择事件性质' })
  nature!: IncidentNature;

  @ApiProperty() @apply(...text('事发地点', 200)) placeDetail!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({}, { message: '获知时间格式有误' })
  discoveredAt?: string;
}
