import { PageQuery } from '../../../core/http/page.query';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { INCIDENT_LEVELS, type IncidentLevel, type IncidentListQuery } from '@julu/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

export class ListIncidentsQuery extends PageQuery implements IncidentListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'townshipId 须为单位编号（UUID）' })
  townshipId?: string;

  @ApiPropertyOptional({ enum: INCIDENT_LEVELS })
  @IsOptional()
  @IsIn(INCIDENT_LEVELS, { message: `事件等级须为 ${INCIDENT_LEVELS.join('、')} 之一` })
  level?: IncidentLevel;

  @ApiPropertyOptional({ type: Boolean, description: 'Only incidents without a 终报' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'open 须为 true 或 false' })
  open?: boolean;
}
