import { PageQuery } from '../../../../core/http/page.query';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STATES, type CaseListQuery, CHANNELS, type Channel, MATTER_TYPES, type MatterType } from '@julu/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class ListCasesQuery extends PageQuery implements CaseListQuery {
  @ApiPropertyOptional({ description: 'Registered at or after (ISO date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '开始时间须为日期时间，例如 2026-11-01' })
  from?: string;

  @ApiPropertyOptional({ description: 'Registered before (ISO date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '结束时间须为日期时间，例如 2026-11-30' })
  to?: string;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS, { message: `信访形式须为 ${CHANNELS.join('、')} 之一` })
  channel?: Channel;

  @ApiPropertyOptional({ enum: MATTER_TYPES })
  @IsOptional()
  @IsIn(MATTER_TYPES, { message: `事项类型须为 ${MATTER_TYPES.join('、')} 之一` })
  matterType?: MatterType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: '内容分类代码过长' })
  categoryCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'townshipId 须为单位编号（UUID）' })
  townshipId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'villageId 须为单位编号（UUID）' })
  villageId?: string;

  @ApiPropertyOptional({ enum: CASE_STATES })
  @IsOptional()
  @IsIn(CASE_STATES, { message: '状态无效，应为办理流程中的状态代码（如 REGISTERED、ACCEPTED）' })
  status?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'group 须为 true 或 false' })
  group?: boolean;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'skipLevel 须为 true 或 false' })
  skipLevel?: boolean;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'lawRelated 须为 true 或 false' })
  lawRelated?: boolean;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'repeat 须为 true 或 false' })
  repeat?: boolean;

  @ApiPropertyOptional({ description: 'Words of the title, request or facts (Chinese works from two characters up)' })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '关键词不超过 50 个字符' })
  keyword?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Cases this petitioner is party to' })
  @IsOptional()
  @IsUUID('all', { message: 'petitionerId 须为信访人编号（UUID）' })
  petitionerId?: string;
}
