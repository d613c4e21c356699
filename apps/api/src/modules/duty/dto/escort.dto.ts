import { ApiPropertyOptional } from '@nestjs/swagger';
import type { EscortPlaceKind, ReturnEscortKind, ReturnEscortRequest } from '@julu/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsDecimalNumber } from '../../../core/validation/is-decimal-number';

export class ReturnEscortDto implements ReturnEscortRequest {
  @IsUUID('all', { message: '请选择责任单位' })
  unitId!: string;

  @IsIn(['PERSUADE', 'PICK_UP'], { message: '类型应为劝返或接返' })
  kind!: ReturnEscortKind;

  @IsString()
  @MinLength(1, { message: '请填写信访人' })
  @MaxLength(200)
  petitionerNames!: string;

  @IsInt({ message: '人数应为整数' })
  @Min(1, { message: '人数至少 1 人' })
  @Max(999)
  peopleCount!: number;

  @IsISO8601({ strict: true }, { message: '发现时间应为日期时间' })
  foundAt!: string;

  @IsString()
  @MinLength(1, { message: '请填写地点' })
  @MaxLength(100)
  place!: string;

  @IsIn(['RECEPTION_SITE', 'NON_RECEPTION_SITE'], { message: '请选择接待场所或非接待场所' })
  placeKind!: EscortPlaceKind;

  @IsString()
  @MinLength(2, { message: '请填写反映的事项' })
  @MaxLength(2000)
  matter!: string;

  @IsArray()
  @ArrayMinSize(1, { message: '请填写工作人员' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  staff!: string[];

  @IsString()
  @MinLength(1, { message: '请填写带队领导' })
  @MaxLength(50)
  leaderName!: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: '出发时间应为日期时间' })
  departureAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: '到达时间应为日期时间' })
  arrivalAt?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  transport?: string;

  @IsOptional()
  @IsDecimalNumber(2, { message: '费用应为金额（元），至多两位小数' })
  @Min(0, { message: '费用不能为负' })
  @Max(1_000_000)
  costYuan?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  costNote?: string;

  @IsOptional()
  @IsUUID('all', { message: '关联信访事项编号有误' })
  caseId?: string;

  @IsBoolean({ message: '请记录信访人是否自愿返回' })
  voluntary!: boolean;

  @IsString()
  @MinLength(2, { message: '请记录信访人意愿的情况（如：经劝说自愿返回）' })
  @MaxLength(1000)
  voluntarinessNote!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  followUp?: string;
}

export class EscortsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: '单位编号有误' })
  unitId?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}
