import { ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditLogQuery } from '@julu/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class AuditLogFilterQuery implements AuditLogQuery {
  @ApiPropertyOptional({ description: 'Username of the actor' })
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: '操作人用户名过长' })
  actor?: string;

  @ApiPropertyOptional({ description: 'Exact action, or a family ending with a dot (`user.`)' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]*)?$/, { message: '操作类型格式有误，例如 user.create 或 user.' })
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z_]{1,50}$/, { message: '对象类型格式有误，例如 user 或 org_unit' })
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: '对象编号过长' })
  entityId?: string;

  @ApiPropertyOptional({ description: 'ISO date-time, inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '开始时间须为日期时间，例如 2026-11-01 或 2026-11-01T08:00:00+08:00' })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date-time, exclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '结束时间须为日期时间，例如 2026-11-30 或 2026-11-30T18:00:00+08:00' })
  to?: string;
}

export class AuditLogListQuery extends AuditLogFilterQuery {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: '分页游标有误' })
  before?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 须为整数' })
  @Min(1, { message: 'limit 至少为 1' })
  @Max(200, { message: 'limit 至多为 200' })
  limit = 50;
}
