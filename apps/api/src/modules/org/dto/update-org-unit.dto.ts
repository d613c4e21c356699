import { ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_ABBR_PATTERN, DOCUMENT_ABBR_RULE, ORG_UNIT_TYPES, type OrgUnitType, type UpdateOrgUnitRequest } from '@julu/contracts';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';

export class UpdateOrgUnitDto implements UpdateOrgUnitRequest {
  @ApiPropertyOptional({ description: 'New name; the old one stays as an alias' })
  @IsOptional()
  @IsString({ message: '单位名称必须是文本' })
  @Length(1, 100, { message: '单位名称须为 1–100 个字符' })
  @Matches(/\S/, { message: '请输入单位名称' })
  name?: string;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(/^\d{9}(\d{3})?$/, { message: '区划代码须为 9 位（乡镇）或 12 位（村、社区）数字' })
  code?: string | null;

  @ApiPropertyOptional({ enum: ORG_UNIT_TYPES, description: '乡↔镇 or 村↔社区 only' })
  @IsOptional()
  @IsIn(ORG_UNIT_TYPES, { message: `单位类型须为 ${ORG_UNIT_TYPES.join('、')} 之一` })
  type?: OrgUnitType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: '排序号须为整数' })
  @Min(0, { message: '排序号不能为负数' })
  @Max(100000, { message: '排序号过大' })
  sortOrder?: number;

  @ApiPropertyOptional({ description: 'true retires the unit, false restores it' })
  @IsOptional()
  @IsBoolean({ message: 'retired 须为 true 或 false' })
  retired?: boolean;

  @ApiPropertyOptional({ nullable: true, description: '机关代字 (1–8 Chinese characters) starting the numbers of the notices the unit issues; null clears it' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString({ message: DOCUMENT_ABBR_RULE })
  @Matches(DOCUMENT_ABBR_PATTERN, { message: DOCUMENT_ABBR_RULE })
  documentAbbr?: string | null;
}
