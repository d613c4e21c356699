import { DUTY_SHIFT_PATTERNS, type DutyShiftPattern, SENSITIVE_PERIOD_SCOPES, type SensitivePeriodRequest, type SensitivePeriodScope } from '@julu/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SensitivePeriodDto implements SensitivePeriodRequest {
  @IsString()
  @MinLength(1, { message: '请填写节点名称' })
  @MaxLength(50)
  name!: string;

  @IsIn([1, 2, 3], { message: '等级应为 1（一级）、2（二级）或 3（三级）' })
  level!: 1 | 2 | 3;

  @IsIn(SENSITIVE_PERIOD_SCOPES, { message: '范围应为全国、省级、市级或县级' })
  scope!: SensitivePeriodScope;

  @IsCalendarDate({ message: '开始日期应为 YYYY-MM-DD' })
  startOn!: string;

  @IsCalendarDate({ message: '结束日期应为 YYYY-MM-DD' })
  endOn!: string;

  @IsIn(DUTY_SHIFT_PATTERNS, { message: '值班方式应为 24 小时值班或白班/夜班' })
  shiftPattern!: DutyShiftPattern;

  @Matches(TIME, { message: '日报截止时间应为 HH:MM，例如 16:30' })
  reportDueTime!: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string;
}

export class DefaultPeriodsDto {
  @Type(() => Number)
  @IsInt({ message: '年份应为整数' })
  @Min(2020, { message: '年份不能早于 2020' })
  @Max(2100, { message: '年份不能晚于 2100' })
  year!: number;
}

export class PeriodsQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年份应为整数' })
  @Min(2000)
  @Max(2100)
  year?: number;
}
