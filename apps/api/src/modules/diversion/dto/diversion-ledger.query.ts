import { PageQuery } from '../../../core/http/page.query';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { DIVERSION_ROUTES, type DiversionLedgerQuery, type DiversionRoute } from '@julu/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

/** Filters of the diversion ledger (each backed by an index on case_diversion). */
export class DiversionLedgerQueryDto extends PageQuery implements DiversionLedgerQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'townshipId 须为单位编号（UUID）' })
  townshipId?: string;

  @ApiPropertyOptional({ enum: DIVERSION_ROUTES })
  @IsOptional()
  @IsIn(DIVERSION_ROUTES, { message: '分流去向无效' })
  route?: DiversionRoute;

  @ApiPropertyOptional({ example: '2026-03' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份应为 YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'counted 须为 true 或 false' })
  counted?: boolean;
}

/** The workbench queue: flagged cases awaiting a decision, newest first. */
export class DiversionQueueQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '分页游标有误' })
  after?: string;

  @ApiPropertyOptional({ type: Number, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 须为整数' })
  @Min(1, { message: 'limit 至少为 1' })
  @Max(100, { message: 'limit 至多为 100' })
  limit = 20;
}

export class DiversionCountsQueryDto {
  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年份须为整数' })
  @Min(2000, { message: '年份不能早于 2000' })
  @Max(2100, { message: '年份不能晚于 2100' })
  year?: number;
}
