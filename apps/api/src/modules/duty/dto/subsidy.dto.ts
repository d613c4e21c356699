import type { CreateDutySubsidySheetRequest, DutySubsidyRateRequest } from '@julu/contracts';
import { IsIn, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsDecimalNumber } from '../../../core/validation/is-decimal-number';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

export class DutySubsidyRateDto implements DutySubsidyRateRequest {
  @IsCalendarDate({ message: '生效日期应为 YYYY-MM-DD' })
  effectiveFrom!: string;

  @IsDecimalNumber(2, { message: '补助标准应为金额（元），至多两位小数' })
  @Min(1, { message: '补助标准至少 1 元' })
  @Max(10000, { message: '补助标准至多 10000 元' })
  yuanPerPersonDay!: number;

  @IsIn([0.5, 1], { message: '白班/夜班折算人天应为 0.5 或 1' })
  halfShiftPersonDays!: number;
}

export class CreateDutySubsidySheetDto implements CreateDutySubsidySheetRequest {
  @IsUUID('all', { message: '请选择单位' })
  unitId!: string;

  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份应为 YYYY-MM' })
  month?: string;

  @IsOptional()
  @IsUUID('all', { message: '敏感节点编号有误' })
  periodId?: string;
}
