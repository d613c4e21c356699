import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class ResolveOrgUnitQuery {
  @ApiProperty({ example: '观寨乡', description: 'Current or former name' })
  @IsString({ message: '请输入单位名称' })
  @Length(1, 100, { message: '单位名称须为 1–100 个字符' })
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only units of this township (or the township itself)' })
  @IsOptional()
  @IsUUID('all', { message: 'townshipId 须为单位编号（UUID）' })
  townshipId?: string;
}
