import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@julu/contracts';
import { IsString, Length } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'reception' })
  @IsString({ message: '用户名必须是文本' })
  @Length(1, 64, { message: '请输入用户名（不超过64个字符）' })
  username!: string;

  @ApiProperty()
  @IsString({ message: '密码必须是文本' })
  @Length(1, 256, { message: '请输入密码' })
  password!: string;
}
