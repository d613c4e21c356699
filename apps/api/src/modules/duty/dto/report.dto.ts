import { ApiPropertyOptional } from '@nestjs/swagger';
import type { DutyReportType, SubmitDutyReportRequest } from '@julu/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

export class SubmitDutyReportDto implements SubmitDutyReportRequest {
  @IsOptional()
  @IsUUID('all', { message: '单位编号有误' })
  unitId?: string;

  @IsCalendarDate({ message: '报告日期应为 YYYY-MM-DD' })
  reportDate!: string;

  @IsIn(['DAILY', 'ZERO'], { message: '类型应为日报或零报告' })
  type!: DutyReportType;

  @IsOptional()
  @IsBoolean({ message: '是否有异常须为 true 或 false' })
  hasAbnormal?: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  content?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  keyPersonDynamics?: string;
}

export class ReportsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: '单位编号有误' })
  unitId?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

export class ReportsDueQuery {
  @IsCalendarDate({ message: '日期应为 YYYY-MM-DD' })
  date!: string;
}

export class ReportDayQuery {
  @IsCalendarDate({ message: '日期应为 YYYY-MM-DD' })
  date!: string;

  @ApiPropertyOptional({ description: 'defaults to the caller’s unit' })
  @IsOptional()
  @IsUUID('all', { message: '单位编号有误' })
  unitId?: string;
}
