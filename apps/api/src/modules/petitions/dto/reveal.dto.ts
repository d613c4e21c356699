import { ApiProperty } from '@nestjs/swagger';
import { REVEALABLE_FIELDS, type RevealableField, type RevealRequest } from '@julu/contracts';
import { IsIn, IsString, Length, Matches } from 'class-validator';

export class RevealDto implements RevealRequest {
  @ApiProperty({ enum: REVEALABLE_FIELDS })
  @IsIn(REVEALABLE_FIELDS, { message: `字段须为 ${REVEALABLE_FIELDS.join('、')} 之一` })
  field!: RevealableField;

  @ApiProperty({ example: '电话回访，核实联系方式' })
  @IsString({ message: '请填写查看事由' })
  @Length(4, 200, { message: '查看事由须为 4–200 个字符，说明为何需要完整信息' })
  @Matches(/\S{2}/, { message: '请填写查看事由' })
  reason!: string;
}
