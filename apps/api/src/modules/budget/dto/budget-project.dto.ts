import type { CreateBudgetProjectRequest, CreateBudgetSpendingRequest, QualitativeGradeCode, UpdateGoalRowRequest } from '@julu/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsDecimalNumber } from '../../../core/validation/is-decimal-number';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

const MONEY_PLACES = 2;
const GRADES: QualitativeGradeCode[] = ['ACHIEVED', 'PARTLY', 'NOT_ACHIEVED'];

export class BudgetYearQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年度应为整数' })
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class CreateBudgetProjectDto implements CreateBudgetProjectRequest {
  @IsInt({ message: '年度应为整数' })
  @Min(2000, { message: '年度不能早于 2000' })
  @Max(2100, { message: '年度不能晚于 2100' })
  year!: number;

  @IsString()
  @Matches(/^[0-9A-Za-z]{4,40}$/, { message: '项目编码应为 4–40 位字母或数字' })
  code!: string;

  @IsString()
  @MinLength(2, { message: '请填写项目名称' })
  @MaxLength(200)
  name!: string;

  @IsString()
  @MinLength(1, { message: '请填写单位编码' })
  @MaxLength(20)
  unitCode!: string;

  @IsString()
  @MinLength(2, { message: '请填写单位名称' })
  @MaxLength(100)
  unitName!: string;

  @IsDecimalNumber(MONEY_PLACES, { message: '预算数应为金额（元，最多两位小数）' })
  @Min(0)
  @Max(1e10)
  budgetYuan!: number;

  @IsDecimalNumber(MONEY_PLACES, { message: '财政资金应为金额（元，最多两位小数）' })
  @Min(0)
  @Max(1e10)
  fiscalYuan!: number;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDecimalNumber(MONEY_PLACES, { message: '其他资金应为金额（元，最多两位小数）' })
  @Min(0)
  @Max(1e10)
  otherYuan?: number | null;

  @IsString()
  @MinLength(2, { message: '请填写资金来源' })
  @MaxLength(100)
  fundingSource!: string;

  @IsString()
  @MinLength(2, { message: '请填写资金用途' })
  @MaxLength(2000)
  purpose!: string;

  @IsString()
  @MinLength(2, { message: '请填写绩效目标' })
  @MaxLength(2000)
  goal!: string;
}

export class CreateBudgetSpendingDto implements CreateBudgetSpendingRequest {
  @IsCalendarDate({ message: '支出日期应为 YYYY-MM-DD' })
  spentOn!: string;

  @IsDecimalNumber(MONEY_PLACES, { message: '金额应为元，最多两位小数' })
  @Min(-1e9, { message: '金额超出范围' })
  @Max(1e9, { message: '金额超出范围' })
  amountYuan!: number;

  @IsString()
  @MinLength(2, { message: '请填写支出摘要' })
  @MaxLength(500)
  description!: string;
}

export class UpdateGoalRowDto implements UpdateGoalRowRequest {
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(40)
  indicatorCode?: string | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDecimalNumber(4, { message: '实际完成值应为数字' })
  @Min(0, { message: '实际完成值不能为负数' })
  manualActual?: number | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(GRADES, { message: '达成情况应为达成、部分达成或未达成' })
  manualGrade?: QualitativeGradeCode | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  evidence?: string | null;
}
