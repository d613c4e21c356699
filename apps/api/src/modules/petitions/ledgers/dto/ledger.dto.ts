import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ExportRequest, type Ledger, LEDGERS, type VisitLedgerQuery } from '@julu/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListCasesQuery } from '../../cases/dto/list-cases.query';

export class VisitLedgerQueryDto implements VisitLedgerQuery {
  @ApiPropertyOptional({ description: 'Arrived at or after (ISO date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '开始时间须为日期时间，例如 2026-11-01' })
  from?: string;

  @ApiPropertyOptional({ description: 'Arrived before (ISO date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '结束时间须为日期时间，例如 2026-11-30' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'townshipId 须为单位编号（UUID）' })
  townshipId?: string;
}

export class ExportRequestDto implements ExportRequest {
  @ApiProperty({ enum: LEDGERS })
  @IsIn(LEDGERS, { message: `台账须为 ${LEDGERS.join('、')} 之一` })
  ledger!: Ledger;

  @ApiProperty({ type: ListCasesQuery, description: 'Case-list filters (CASES) or from/to/townshipId (VISITS)' })
  @ValidateNested()
  @Type(() => ListCasesQuery)
  query: ListCasesQuery = new ListCasesQuery();
}
