import { ApiProperty } from '@nestjs/swagger';
import { type AddIncidentReportRequest, INCIDENT_REPORT_KINDS, type IncidentReportKind } from '@julu/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** One step of the report chain: 电话报告, 书面初报, 续报 or 终报. */
export class AddIncidentReportDto implements AddIncidentReportRequest {
  @ApiProperty({ enum: INCIDENT_REPORT_KINDS })
  @IsIn(INCIDENT_REPORT_KINDS, { message: `报告类型须为 ${INCIDENT_REPORT_KINDS.join('、')} 之一` })
  kind!: IncidentReportKind;

  @ApiPropertyOptional({ description: '补录的较早报告时间 (ISO date-time); omitted: the time of filing' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '报告时间须为日期时间' })
  reportedAt?: string;

  @ApiPropertyOptional({ description: '补录理由: required when reportedAt is earlier than the filing' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '补录理由不超过 200 个字' })
  timeReason?: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个报送对象' })
  @ArrayMaxSize(20, { message: '报送对象不超过 20 个' })
  @IsString({ each: true })
  @MaxLength(50, { each: true, message: '报送对象名称不超过 50 个字' })
  reportedTo!: string[];

  @ApiProperty()
  @IsString()
  @MinLength(0)
  @MaxLength(8000, { message: '报告内容不超过 8000 个字' })
  content!: string;
}
