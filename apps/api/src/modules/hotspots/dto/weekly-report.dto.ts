import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { WeeklyReportRequest } from '@julu/contracts';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

/** 每周排查报告 (a zero report is allowed). */
export class WeeklyReportDto implements WeeklyReportRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择乡镇' })
  townshipId!: string;

  @ApiProperty({ example: '2026-03-16', description: 'Monday of the week' })
  @IsCalendarDate({ message: '周次应为该周周一的日期 YYYY-MM-DD' })
  weekStart!: string;

  @ApiProperty()
  @IsBoolean({ message: '请选择是否零报告' })
  zeroReport!: boolean;

  @ApiProperty()
  @IsString()
  @MaxLength(2000, { message: '说明不超过 2000 个字' })
  note!: string;
}

export class WeeklyReportQueryDto {
  @ApiPropertyOptional({ example: '2026-03-16' })
  @IsOptional()
  @IsCalendarDate({ message: '周次应为该周周一的日期 YYYY-MM-DD' })
  weekStart?: string;
}
