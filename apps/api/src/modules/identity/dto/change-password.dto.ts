import { ApiProperty } from '@nestjs/swagger';
import type { ChangePasswordRequest } from '@julu/contracts';
import { IsString, Length } from 'class-validator';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString({ message: '当前密码必须是文本' })
  @Length(1, 256, { message: '请输入当前密码' })
  currentPassword!: string;

  @ApiProperty({ description: 'At least 10 characters with letters and digits, not containing the username' })
  @IsString({ message: '新密码必须是文本' })
  @Length(1, 256, { message: '请输入新密码' })
  newPassword!: string;
}
