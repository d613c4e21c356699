import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreatePetitionerRequest, ID_TYPE_LABELS, ID_TYPES, type IdType, POLITICAL_STATUSES, type PoliticalStatus } from '@julu/contracts';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

export class CreatePetitionerDto implements CreatePetitionerRequest {
  @ApiProperty({ example: '张三' })
  @IsString({ message: '姓名必须是文本' })
  @Length(1, 50, { message: '姓名须为 1–50 个字符' })
  @Matches(/\S/, { message: '请输入信访人姓名' })
  name!: string;

  @ApiProperty({ enum: ID_TYPES, default: 'RESIDENT_ID', description: '证件类型; a RESIDENT_ID number must pass the GB 11643 check' })
  @IsIn(ID_TYPES, { message: `请选择证件类型（${ID_TYPES.map((t) => ID_TYPE_LABELS[t]).join('、')}）` })
  idType: IdType = 'RESIDENT_ID';

  @ApiPropertyOptional({ example: '110101199001011237', description: 'a sample number with a valid check digit (not a real person)' })
  @IsOptional()
  @IsString({ message: '证件号码必须是文本' })
  @MaxLength(40, { message: '证件号码过长' })
  idNumber?: string;

  @ApiPropertyOptional({ example: '13800000000' })
  @IsOptional()
  @IsString({ message: '手机号码必须是文本' })
  @MaxLength(20, { message: '手机号码过长' })
  mobile?: string;

  @ApiPropertyOptional({ example: '0319-1234567' })
  @IsOptional()
  @IsString({ message: '固定电话必须是文本' })
  @MaxLength(20, { message: '固定电话过长' })
  landline?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Township of residence (implied by villageId)' })
  @IsOptional()
  @IsUUID('all', { message: '请选择所属乡镇' })
  townshipId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '请选择所属村（社区）' })
  villageId?: string;

  @ApiPropertyOptional({ description: 'Street and house number; stored encrypted' })
  @IsOptional()
  @IsString({ message: '详细住址必须是文本' })
  @MaxLength(200, { message: '详细住址不超过 200 个字符' })
  addressDetail?: string;

  @ApiPropertyOptional({ enum: POLITICAL_STATUSES })
  @IsOptional()
  @IsIn(POLITICAL_STATUSES, { message: `政治面貌须为 ${POLITICAL_STATUSES.join('、')} 之一` })
  politicalStatus?: PoliticalStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '职业必须是文本' })
  @MaxLength(50, { message: '职业不超过 50 个字符' })
  occupation?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '工作单位必须是文本' })
  @MaxLength(100, { message: '工作单位不超过 100 个字符' })
  workplace?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: '是否代表须为 true 或 false' })
  isRepresentative?: boolean;
}
