import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UpsertPublicityPlanRequest } from '@julu/contracts';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** 年度宣传计划 of one village: how many events it should have in the year. */
export class UpsertPublicityPlanDto implements UpsertPublicityPlanRequest {
  @ApiProperty()
  @IsInt({ message: '年份须为整数' })
  @Min(2000, { message: '年份不能早于 2000' })
  @Max(2100, { message: '年份不能晚于 2100' })
  year!: number;

  @ApiProperty({ minimum: 1, maximum: 52 })
  @IsInt({ message: '计划次数须为整数' })
  @Min(1, { message: '计划次数至少为 1' })
  @Max(52, { message: '计划次数不超过 52' })
  plannedTimes!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '备注不超过 500 个字' })
  note?: string;
}
