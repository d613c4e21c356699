import { ApiProperty } from '@nestjs/swagger';
import { DIVERSION_ROUTES, type DiversionRoute, type DiversionRuleRequest, MATTER_TYPES, type MatterType } from '@julu/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

class StatutoryLimitDto {
  @ApiProperty()
  @IsInt({ message: '法定期限须为整数' })
  @Min(1, { message: '法定期限至少为 1' })
  @Max(3650, { message: '法定期限过长' })
  amount!: number;

  @ApiProperty({ enum: ['DAYS', 'MONTHS', 'YEARS'] })
  @IsIn(['DAYS', 'MONTHS', 'YEARS'], { message: '期限单位须为日、月或年' })
  unit!: 'DAYS' | 'MONTHS' | 'YEARS';
}

/** A new version of a rule (administrators); earlier decisions keep the version they used. */
export class DiversionRuleDto implements DiversionRuleRequest {
  @ApiProperty()
  @IsString()
  @MinLength(2, { message: '请填写规则名称' })
  @MaxLength(100, { message: '规则名称不超过 100 个字' })
  title!: string;

  @ApiProperty({ enum: DIVERSION_ROUTES })
  @IsIn(DIVERSION_ROUTES, { message: '分流去向无效' })
  route!: DiversionRoute;

  @ApiProperty({ enum: MATTER_TYPES, isArray: true })
  @IsArray()
  @IsIn(MATTER_TYPES, { each: true, message: '事项类型无效' })
  matterTypes!: MatterType[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(20, { each: true, message: '内容分类代码有误' })
  categoryCodes!: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少填写一个关键词' })
  @ArrayMaxSize(100, { message: '关键词不超过 100 个' })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: '关键词不能为空' })
  @MaxLength(30, { each: true, message: '关键词不超过 30 个字' })
  keywords!: string[];

  @ApiProperty()
  @IsString()
  @MinLength(2, { message: '请填写法律依据' })
  @MaxLength(1000, { message: '法律依据不超过 1000 个字' })
  legalBasis!: string;

  @ApiProperty()
  @IsString()
  @MinLength(2, { message: '请填写有权处理的机关' })
  @MaxLength(200, { message: '有权处理的机关不超过 200 个字' })
  competentOrgan!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1000, { message: '法定时限说明不超过 1000 个字' })
  statutoryClock!: string;

  @ApiProperty({ type: StatutoryLimitDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StatutoryLimitDto)
  limit!: StatutoryLimitDto | null;

  @ApiProperty()
  @IsInt({ message: '优先级须为整数' })
  @Min(0, { message: '优先级不能为负数' })
  @Max(100, { message: '优先级不超过 100' })
  priority!: number;

  @ApiProperty()
  @IsBoolean({ message: '请选择是否启用' })
  active!: boolean;
}
