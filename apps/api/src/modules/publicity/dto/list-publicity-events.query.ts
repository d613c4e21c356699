import { PageQuery } from '../../../core/http/page.query';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { PublicityEventListQuery } from '@julu/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ListPublicityEventsQuery extends PageQuery implements PublicityEventListQuery {
  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年份须为整数' })
  @Min(2000, { message: '年份不能早于 2000' })
  @Max(2100, { message: '年份不能晚于 2100' })
  year?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'townshipId 须为单位编号（UUID）' })
  townshipId?: string;
}

/** `?year=` of the coverage table and the plans, and the township whose plans to list. */
export class PublicityYearQuery {
  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年份须为整数' })
  @Min(2000, { message: '年份不能早于 2000' })
  @Max(2100, { message: '年份不能晚于 2100' })
  year?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'townshipId 须为单位编号（UUID）' })
  townshipId?: string;
}
