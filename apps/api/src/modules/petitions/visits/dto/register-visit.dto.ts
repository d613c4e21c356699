import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RegisterVisitRequest } from '@julu/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CreateCaseDto } from '../../cases/dto/create-case.dto';

export class RegisterVisitDto implements RegisterVisitRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Attach the visit to this case …' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId 须为信访事项编号（UUID）' })
  caseId?: string;

  @ApiPropertyOptional({ type: CreateCaseDto, description: '… or register this new case (channel VISIT)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CreateCaseDto)
  newCase?: CreateCaseDto;

  @ApiProperty({ example: '2026-11-26T08:30:00+08:00' })
  @IsISO8601({ strict: true }, { message: '到达时间须为日期时间，例如 2026-11-26T08:30:00+08:00' })
  arrivalAt!: string;

  @ApiProperty({ example: '2026-11-26T08:42:00+08:00' })
  @IsISO8601({ strict: true }, { message: '开始接谈时间须为日期时间，例如 2026-11-26T08:42:00+08:00' })
  receptionStartedAt!: string;

  @ApiProperty({ minimum: 1 })
  @IsInt({ message: '来访人数须为整数' })
  @Min(1, { message: '来访人数至少为 1' })
  @Max(10000, { message: '来访人数过大' })
  personCount!: number;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray({ message: '代表须为列表' })
  @ArrayMaxSize(50, { message: '代表过多' })
  @IsUUID('all', { each: true, message: '代表须为信访人编号（UUID）' })
  representativeIds!: string[];

  @ApiPropertyOptional({ description: '接谈情况' })
  @IsOptional()
  @IsString({ message: '接谈情况必须是文本' })
  @MaxLength(5000, { message: '接谈情况不超过 5000 个字符' })
  talkOutcome?: string;
}
