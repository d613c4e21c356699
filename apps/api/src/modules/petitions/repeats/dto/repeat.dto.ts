import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DecideRepeatRequest, RepeatCandidatesRequest, RepeatDecision } from '@julu/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class RepeatCandidatesDto implements RepeatCandidatesRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'petitionerId 须为信访人编号（UUID）' })
  petitionerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: '证件号码过长' })
  idNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: '电话号码过长' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '姓名过长' })
  name?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'villageId 须为单位编号（UUID）' })
  villageId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: '内容分类代码过长' })
  categoryCode?: string;

  @ApiPropertyOptional({ description: 'Title and request as typed so far' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: '内容过长' })
  text?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'excludeCaseId 须为信访事项编号（UUID）' })
  excludeCaseId?: string;
}

export class DecideRepeatDto implements DecideRepeatRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择原事项' })
  priorCaseId!: string;

  @ApiProperty({ enum: ['CONFIRMED', 'DISMISSED'] })
  @IsIn(['CONFIRMED', 'DISMISSED'], { message: '处理结果须为 CONFIRMED（确认重复）或 DISMISSED（排除）' })
  decision!: RepeatDecision;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({}, { message: '得分须为数字' })
  @Min(0, { message: '得分须在 0–1 之间' })
  @Max(1, { message: '得分须在 0–1 之间' })
  score?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: '理由须为列表' })
  @ArrayMaxSize(20, { message: '理由过多' })
  @IsString({ each: true, message: '理由须为文本' })
  @MaxLength(200, { each: true, message: '理由过长' })
  reasons?: string[];
}
