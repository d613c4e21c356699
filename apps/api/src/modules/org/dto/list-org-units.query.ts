import { ApiPropertyOptional } from '@nestjs/swagger';
import type { OrgUnitListQuery } from '@julu/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class ListOrgUnitsQuery implements OrgUnitListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "List this unit's children (a township's villages)" })
  @IsOptional()
  @IsUUID('all', { message: 'parentId 须为单位编号（UUID）' })
  parentId?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'includeRetired 须为 true 或 false' })
  includeRetired?: boolean;
}
