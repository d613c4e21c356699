import { ApiPropertyOptional } from '@nestjs/swagger';
import { INCIDENT_LEVELS, type IncidentLevel, type IncidentListQuery } from '@julu/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class ListIncidentsQuery implements IncidentListQuery {
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

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '分页游标有误' })
  after?: string;

  @ApiPropertyOptional({ type: Number, default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 须为整数' })
  @Min(1, { message: 'limit 至少为 1' })
  @Max(200, { message: 'limit 至多为 200' })
  limit = 50;
}
