import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateOrgUnitRequest, ORG_UNIT_TYPES, type OrgUnitType } from '@julu/contracts';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const CREATABLE_TYPES = ORG_UNIT_TYPES.filter((t) => t !== 'COUNTY');

export class CreateOrgUnitDto implements CreateOrgUnitRequest {
  @ApiProperty({ example: '东郗寨村' })
  @IsString({ message: '单位名称必须是文本' })
  @Length(1, 100, { message: '单位名称须为 1–100 个字符' })
  @Matches(/\S/, { message: '请输入单位名称' })
  name!: string;

  @ApiProperty({ enum: CREATABLE_TYPES })
  @IsIn(CREATABLE_TYPES, { message: `单位类型须为 ${CREATABLE_TYPES.join('、')} 之一` })
  type!: OrgUnitType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择上级单位' })
  parentId!: string;

  @ApiPropertyOptional({ description: '统计用区划代码: 9 digits (township level) or 12 (village level)' })
  @IsOptional()
  @Matches(/^\d{9}(\d{3})?$/, { message: '区划代码须为 9 位（乡镇）或 12 位（村、社区）数字' })
  code?: string;
}
