import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|Q[1-4])?$/;

export class IndicatorScopeQuery {
  @IsOptional()
  @Matches(PERIOD, { message: '统计期应为 2026-11（月）、2026Q4（季度）或 2026（年）' })
  period?: string;

  @IsOptional()
  @IsUUID('all', { message: 'unitId 须为单位编号（UUID）' })
  unitId?: string;
}

export class IndicatorTrendQuery {
  @IsOptional()
  @IsUUID('all', { message: 'unitId 须为单位编号（UUID）' })
  unitId?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: '年份应为整数' })
  @Min(2020, { message: '年份不能早于 2020' })
  @Max(2100, { message: '年份不能晚于 2100' })
  year?: number;
}

export class RecomputeIndicatorsDto {
  @IsOptional()
  @Matches(PERIOD, { message: '统计期应为 2026-11（月）、2026Q4（季度）或 2026（年）' })
  period?: string;
}

export class AnnualReportQuery {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: '请指定年份（整数）' })
  @Min(2020, { message: '年份不能早于 2020' })
  @Max(2100, { message: '年份不能晚于 2100' })
  year!: number;
}
