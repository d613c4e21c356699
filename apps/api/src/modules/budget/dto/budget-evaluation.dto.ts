import type {
  BudgetMonitoringRowRequest,
  CreateBudgetMonitoringRequest,
  DeviationCauseCode,
  MonitoringLikelihoodCode,
  QualitativeGradeCode,
  SaveSelfEvaluationRequest,
  SelfEvaluationRowRequest,
} from '@julu/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsDecimalNumber } from '../../../core/validation/is-decimal-number';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

const LIKELIHOODS: MonitoringLikelihoodCode[] = ['CERTAIN', 'POSSIBLE', 'IMPOSSIBLE'];
const CAUSES: DeviationCauseCode[] = ['PLANNING', 'FUNDING', 'INSTITUTIONAL', 'MANAGEMENT'];
const GRADES: QualitativeGradeCode[] = ['ACHIEVED', 'PARTLY', 'NOT_ACHIEVED'];

export class BudgetMonitoringRowDto implements BudgetMonitoringRowRequest {
  @IsUUID('all', { message: '绩效指标行编号无效' })
  goalRowId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '半年度执行情况不超过 200 字' })
  actualToDate?: string;

  @IsIn(LIKELIHOODS, { message: '完成目标可能性应为确定能、有可能或不可能' })
  likelihood!: MonitoringLikelihoodCode;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(CAUSES, { message: '偏差原因类别应为规划和目标设计、投入保障、制度保障或项目管理' })
  causeCategory?: DeviationCauseCode | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  causeText?: string | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  measures?: string | null;
}

export class CreateBudgetMonitoringDto implements CreateBudgetMonitoringRequest {
  @IsCalendarDate({ message: '监控截止日期应为 YYYY-MM-DD' })
  asOf!: string;

  @IsDecimalNumber(2, { message: '全年预计执行数应为金额（元，最多两位小数）' })
  @Min(0, { message: '全年预计执行数不能为负数' })
  @Max(1e10)
  forecastYuan!: number;

  @IsArray()
  @ArrayMinSize(1, { message: '请逐行填写绩效指标的监控情况' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => BudgetMonitoringRowDto)
  rows!: BudgetMonitoringRowDto[];
}

export class SelfEvaluationRowDto implements SelfEvaluationRowRequest {
  @IsUUID('all', { message: '绩效指标行编号无效' })
  goalRowId!: string;

  @IsOptional()
  @IsBoolean()
  notApplicable?: boolean;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDecimalNumber(4, { message: '实际完成值应为数字' })
  @Min(0, { message: '实际完成值不能为负数' })
  actual?: number | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(GRADES, { message: '达成情况应为达成、部分达成或未达成' })
  grade?: QualitativeGradeCode | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDecimalNumber(2, { message: '得分比例应为百分数' })
  @Min(0)
  @Max(100)
  percent?: number | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDecimalNumber(2, { message: '分值应为数字' })
  @Min(0)
  @Max(100)
  weight?: number | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  deviationReason?: string | null;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000, { message: '依据或证明材料不超过 2000 字' })
  evidence?: string | null;
}

export class SaveSelfEvaluationDto implements SaveSelfEvaluationRequest {
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SelfEvaluationRowDto)
  rows!: SelfEvaluationRowDto[];

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;
}
