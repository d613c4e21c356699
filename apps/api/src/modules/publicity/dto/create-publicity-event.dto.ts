import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreatePublicityEventRequest, PUBLICITY_FORMS, type PublicityForm } from '@julu/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

/** 宣传活动: one event and the villages (communities) it reached. */
export class CreatePublicityEventDto implements CreatePublicityEventRequest {
  @ApiProperty({ example: '2026-03-15' })
  @IsCalendarDate({ message: '活动日期应为 YYYY-MM-DD' })
  heldOn!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择开展活动的乡镇（开发区）' })
  townshipId!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个覆盖的村（社区）' })
  @ArrayMaxSize(200, { message: '覆盖村（社区）不超过 200 个' })
  @IsUUID('all', { each: true, message: '覆盖村（社区）须为单位编号' })
  villageIds!: string[];

  @ApiProperty({ enum: PUBLICITY_FORMS })
  @IsIn(PUBLICITY_FORMS, { message: `宣传形式须为 ${PUBLICITY_FORMS.join('、')} 之一` })
  form!: PublicityForm;

  @ApiProperty()
  @IsString()
  @MinLength(2, { message: '请填写宣传主题（至少 2 个字）' })
  @MaxLength(200, { message: '宣传主题不超过 200 个字' })
  topic!: string;

  @ApiProperty()
  @IsInt({ message: '参与人数须为整数' })
  @Min(0, { message: '参与人数不能为负数' })
  @Max(100000, { message: '参与人数过大' })
  participants!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '备注不超过 2000 个字' })
  note?: string;
}
