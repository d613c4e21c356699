import { ApiProperty } from '@nestjs/swagger';
import type { LogoutRequest, RefreshRequest } from '@julu/contracts';
import { IsString, Length } from 'class-validator';

export class RefreshTokenDto implements RefreshRequest, LogoutRequest {
  @ApiProperty({ description: 'The refresh token from the last login or refresh' })
  @IsString({ message: 'refreshToken 必须是文本' })
  @Length(10, 200, { message: 'refreshToken 格式不正确' })
  refreshToken!: string;
}
