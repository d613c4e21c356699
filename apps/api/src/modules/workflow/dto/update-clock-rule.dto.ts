import type { PeriodUnitCode, UpdateClockRuleRequest } from '@julu/contracts';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class UpdateClockRuleDto implements UpdateClockRuleRequest {
  @IsOptional()
  @IsInt({ message: '期限应为 1–365 的整数' })
  @Min(1, { message: '期限应为 1–365 的整数' })
  @Max(365, { message: '期限应为 1–365 的整数' })
  amount?: number;

  @IsOptional()
  @IsIn(['DAYS', 'WORKING_DAYS'], { message: '计算单位应为 日 或 工作日' })
  unit?: PeriodUnitCode;

  @IsOptional()
  @IsBoolean({ message: 'excludeStartDay 应为 true 或 false' })
  excludeStartDay?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'extendPastDaysOff 应为 true 或 false' })
  extendPastDaysOff?: boolean;
}
