import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateContentCategoryRequest, UpdateContentCategoryRequest } from '@julu/contracts';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';

export class CreateContentCategoryDto implements CreateContentCategoryRequest {
  @ApiProperty({ example: '0401' })
  @Matches(/^\d{2}(\d{2})?$/, { message: '分类代码须为两位（一级）或四位（二级）数字' })
  code!: string;

  @ApiProperty({ example: '土地承包' })
  @IsString({ message: '请填写分类名称' })
  @Length(1, 50, { message: '分类名称须为 1–50 个字符' })
  @Matches(/\S/, { message: '请填写分类名称' })
  label!: string;

  @ApiPropertyOptional({ example: '04' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: '上级分类代码须为两位数字' })
  parentCode?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: '别名须为列表' })
  @ArrayMaxSize(10, { message: '别名不超过 10 个' })
  @IsString({ each: true, message: '别名须为文本' })
  @MaxLength(50, { each: true, message: '别名不超过 50 个字符' })
  aliases?: string[];
}

export class UpdateContentCategoryDto implements UpdateContentCategoryRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '分类名称须为文本' })
  @Length(1, 50, { message: '分类名称须为 1–50 个字符' })
  @Matches(/\S/, { message: '请填写分类名称' })
  label?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: '别名须为列表' })
  @ArrayMaxSize(10, { message: '别名不超过 10 个' })
  @IsString({ each: true, message: '别名须为文本' })
  @MaxLength(50, { each: true, message: '别名不超过 50 个字符' })
  aliases?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: '排序号须为整数' })
  @Min(0, { message: '排序号不能为负数' })
  @Max(10000, { message: '排序号过大' })
  sortOrder?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'retired 须为 true 或 false' })
  retired?: boolean;
}
