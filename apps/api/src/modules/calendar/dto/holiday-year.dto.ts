import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

export class HolidayRangeDto {
  @IsString()
  @MinLength(1, { message: '请填写节日名称' })
  @MaxLength(20)
  name!: string;

  @IsCalendarDate({ message: '放假起始日期应为 YYYY-MM-DD' })
  from!: string;

  @IsCalendarDate({ message: '放假结束日期应为 YYYY-MM-DD' })
  to!: string;
}

/** One year's arrangements as the 国务院办公厅 notice lists them. */
export class HolidayYearDto {
  @IsInt({ message: '年份应为整数' })
  @Min(2020, { message: '年份不能早于 2020' })
  @Max(2100, { message: '年份不能晚于 2100' })
  year!: number;

  @IsString()
  @MinLength(4, { message: '请填写放假安排通知的文号和日期' })
  @MaxLength(300)
  notice!: string;

  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HolidayRangeDto)
  holidays!: HolidayRangeDto[];

  @IsArray()
  @ArrayMaxSize(20)
  @IsCalendarDate({ each: true, message: '调休上班日应为 YYYY-MM-DD' })
  workdays!: string[];
}
