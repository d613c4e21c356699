import { ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateDutyRosterRequest, DUTY_SHIFT_PATTERNS, type DutyShiftPattern } from '@julu/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { TIME } from './sensitive-period.dto';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

export class CreateDutyRosterDto implements CreateDutyRosterRequest {
  @IsUUID('all', { message: '请选择值班单位' })
  unitId!: string;

  @IsOptional()
  @IsUUID('all', { message: '敏感节点编号有误' })
  periodId?: string;

  @IsCalendarDate({ message: '开始日期应为 YYYY-MM-DD' })
  dateFrom!: string;

  @IsCalendarDate({ message: '结束日期应为 YYYY-MM-DD' })
  dateTo!: string;

  @IsIn(DUTY_SHIFT_PATTERNS, { message: '值班方式应为 24 小时值班或白班/夜班' })
  pattern!: DutyShiftPattern;

  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: '带班领导编号有误' })
  leaderIds!: string[];

  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: '值班人员编号有误' })
  staffIds!: string[];

  @IsInt({ message: '每班值班人数应为整数' })
  @Min(0, { message: '每班值班人数不能为负' })
  @Max(20, { message: '每班值班人数至多 20' })
  staffPerShift!: number;

  @IsOptional()
  @Matches(TIME, { message: '交接班时间应为 HH:MM' })
  dayStart?: string;

  @IsOptional()
  @Matches(TIME, { message: '夜班开始时间应为 HH:MM' })
  nightStart?: string;

  @IsOptional()
  @IsString()
  @MaxLength(30)
  dutyPhone?: string;

  @IsOptional()
  @Matches(TIME, { message: '日报截止时间应为 HH:MM' })
  reportDueTime?: string;
}

export class RostersQuery {
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

export class ShiftsQuery {
  @IsUUID('all', { message: '请选择值班单位' })
  unitId!: string;

  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份应为 YYYY-MM' })
  month!: string;
}
