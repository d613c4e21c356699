import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateIncidentRequest, INCIDENT_LEVELS, INCIDENT_NATURES, INCIDENT_SOURCES, type IncidentLevel, type IncidentNature, type IncidentSource } from '@julu/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

/** 快报: what is known in the first minutes after discovery. */
export class CreateIncidentDto implements CreateIncidentRequest {
  @ApiProperty()
  @IsString()
  @MinLength(2, { message: '请填写事件简题（至少 2 个字）' })
  @MaxLength(100, { message: '事件简题不超过 100 个字' })
  title!: string;

  @ApiProperty({ description: '获知时间 (ISO date-time)' })
  @IsISO8601({ strict: true }, { message: '获知时间须为日期时间，例如 2026-03-05T10:00:00+08:00' })
  discoveredAt!: string;

  @ApiProperty({ enum: INCIDENT_LEVELS })
  @IsIn(INCIDENT_LEVELS, { message: `事件等级须为 ${INCIDENT_LEVELS.join('、')} 之一` })
  level!: IncidentLevel;

  @ApiProperty({ enum: INCIDENT_NATURES })
  @IsIn(INCIDENT_NATURES, { message: `事件性质须为 ${INCIDENT_NATURES.join('、')} 之一` })
  nature!: IncidentNature;

  @ApiPropertyOptional({ enum: INCIDENT_SOURCES })
  @IsOptional()
  @IsIn(INCIDENT_SOURCES, { message: '信息来源须为 SELF（本级发现）或 UPPER_NOTICE（上级通报）' })
  source?: IncidentSource;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择事发乡镇（开发区）' })
  townshipId!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'villageId 须为村（社区）编号' })
  villageId?: string;

  @ApiProperty()
  @IsString()
  @MinLength(2, { message: '请填写事发地点' })
  @MaxLength(200, { message: '事发地点不超过 200 个字' })
  placeDetail!: string;

  @ApiProperty()
  @IsInt({ message: '涉及人数须为整数' })
  @Min(0, { message: '涉及人数不能为负数' })
  @Max(100000, { message: '涉及人数过大' })
  peopleCount!: number;

  @ApiProperty()
  @IsString()
  @MinLength(4, { message: '请简要说明事件情况（至少 4 个字）' })
  @MaxLength(4000, { message: '事件情况不超过 4000 个字' })
  description!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '已采取措施不超过 2000 个字' })
  measures?: string;

  @ApiPropertyOptional({ description: '已电话报告的时间' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '电话报告时间须为日期时间' })
  phoneReportedAt?: string;

  @ApiPropertyOptional({ description: '电话报告时间早于录入时间时的补录理由' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '补录理由不超过 200 个字' })
  phoneTimeReason?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: '报送对象不超过 20 个' })
  @IsString({ each: true })
  @MaxLength(50, { each: true, message: '报送对象名称不超过 50 个字' })
  reportedTo?: string[];
}
