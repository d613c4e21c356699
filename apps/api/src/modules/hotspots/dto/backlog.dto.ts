import { PageQuery } from '../../../core/http/page.query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BACKLOG_ORIGINS,
  BACKLOG_STATUSES,
  type BacklogOrigin,
  type BacklogResolutionRequest,
  type BacklogStatus,
  type CreateBacklogCaseRequest,
  LEADER_ACTIVITY_KINDS,
  type LeaderActivityKind,
  type LeaderActivityRequest,
  RESOLUTION_TYPES,
  type ResolutionType,
  SUPERVISION_LEVELS,
  type SupervisionLevel,
} from '@julu/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
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

/** 信访积案 with its 五定 (定领导、定人员、定时间、定任务、定责任) and the plan. */
export class CreateBacklogCaseDto implements CreateBacklogCaseRequest {
  @ApiProperty() @apply(...text('积案名称', 200)) title!: string;

  @ApiProperty({ enum: BACKLOG_ORIGINS })
  @IsIn(BACKLOG_ORIGINS, { message: '请选择积案来源' })
  origin!: BacklogOrigin;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择属地乡镇' })
  townshipId!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50, { message: '关联事项不超过 50 件' })
  @IsUUID('all', { each: true, message: '关联事项编号有误' })
  linkedCaseIds!: string[];

  @ApiProperty() @apply(...text('包案领导（定领导）', 50)) leader!: string;
  @ApiProperty() @apply(...text('责任单位', 100)) responsibleOrg!: string;
  @ApiProperty() @apply(...text('工作专班（定人员）', 200)) team!: string;
  @ApiProperty() @apply(...text('化解任务（定任务）', 2000)) task!: string;
  @ApiProperty() @apply(...text('责任要求（定责任）', 2000)) responsibility!: string;
  @ApiProperty() @apply(...text('化解方案（一案一策）', 4000)) plan!: string;

  @ApiProperty({ example: '2026-06-30', description: '化解时限（定时间）' })
  @IsCalendarDate({ message: '化解时限应为 YYYY-MM-DD' })
  deadline!: string;

  @ApiPropertyOptional({ enum: SUPERVISION_LEVELS, nullable: true })
  @IsOptional()
  @IsIn(SUPERVISION_LEVELS, { message: '督办级别无效' })
  supervisionLevel!: SupervisionLevel | null;
}

/** 接访 / 下访 / 约访 by the leader. */
export class LeaderActivityDto implements LeaderActivityRequest {
  @ApiProperty({ enum: LEADER_ACTIVITY_KINDS })
  @IsIn(LEADER_ACTIVITY_KINDS, { message: '请选择接访、下访或约访' })
  kind!: LeaderActivityKind;

  @ApiProperty({ example: '2026-03-20' })
  @IsCalendarDate({ message: '日期应为 YYYY-MM-DD' })
  heldOn!: string;

  @ApiProperty() @apply(...text('地点', 100)) place!: string;
  @ApiProperty() @apply(...text('领导', 50)) leader!: string;
  @ApiProperty() @apply(...text('接谈对象', 200)) peopleMet!: string;
  @ApiProperty() @apply(...text('结果', 2000)) result!: string;
}

export class BacklogResolutionDto implements BacklogResolutionRequest {
  @ApiProperty()
  @IsInt({ message: '缺少版本号，请刷新页面后重试' })
  @Min(1)
  expectedVersion!: number;

  @ApiProperty({ enum: BACKLOG_STATUSES })
  @IsIn(BACKLOG_STATUSES, { message: '化解状态无效' })
  status!: BacklogStatus;

  @ApiPropertyOptional({ enum: RESOLUTION_TYPES })
  @IsOptional()
  @IsIn(RESOLUTION_TYPES, { message: '化解方式无效' })
  resolutionType?: ResolutionType;

  @ApiPropertyOptional({ example: '2026-05-01' })
  @IsOptional()
  @IsCalendarDate({ message: '息诉罢访确认日期应为 YYYY-MM-DD' })
  settledOn?: string;

  @ApiProperty() @apply(...text('情况说明', 2000)) note!: string;
}

export class BacklogListQueryDto extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'townshipId 须为单位编号（UUID）' })
  townshipId?: string;

  @ApiPropertyOptional({ enum: BACKLOG_STATUSES })
  @IsOptional()
  @IsIn(BACKLOG_STATUSES, { message: '化解状态无效' })
  status?: BacklogStatus;
}
