import { ApiProperty } from '@nestjs/swagger';
import type { ResetPasswordRequest } from '@julu/contracts';
import { IsString, Length } from 'class-validator';

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ description: 'At least 10 characters with letters and digits, not containing the username' })
  @IsString({ message: '新密码必须是文本' })
  @Length(1, 256, { message: '请输入新密码' })
  newPassword!: string;
}
