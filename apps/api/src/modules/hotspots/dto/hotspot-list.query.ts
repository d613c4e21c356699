import { ApiPropertyOptional } from '@nestjs/swagger';
import { HOTSPOT_STATUSES, type HotspotListQuery, type HotspotStatus, RISK_LEVELS, type RiskLevel } from '@julu/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Ledger filters, each backed by an index with the ledger's order (found_on DESC, id DESC). */
export class HotspotListQueryDto implements HotspotListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'townshipId 须为单位编号（UUID）' })
  townshipId?: string;

  @ApiPropertyOptional({ enum: HOTSPOT_STATUSES })
  @IsOptional()
  @IsIn(HOTSPOT_STATUSES, { message: `化解状态须为 ${HOTSPOT_STATUSES.join('、')} 之一` })
  status?: HotspotStatus;

  @ApiPropertyOptional({ enum: RISK_LEVELS })
  @IsOptional()
  @Type(() => Number)
  @IsIn(RISK_LEVELS, { message: '风险等级须为 1 至 4' })
  riskLevel?: RiskLevel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '分页游标有误' })
  after?: string;

  @ApiPropertyOptional({ type: Number, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 须为整数' })
  @Min(1, { message: 'limit 至少为 1' })
  @Max(500, { message: 'limit 至多为 500' })
  limit = 50;
}
