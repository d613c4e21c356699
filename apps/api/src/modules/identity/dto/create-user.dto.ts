import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateUserRequest, type Role, ROLES } from '@julu/contracts';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'wanghz' })
  @Matches(/^[A-Za-z0-9_.-]{3,32}$/, { message: '用户名须为 3–32 位字母、数字或 _ . -' })
  username!: string;

  @ApiProperty({ description: 'At least 10 characters with letters and digits, not containing the username' })
  @IsString({ message: '密码必须是文本' })
  @Length(1, 256, { message: '请输入密码' })
  password!: string;

  @ApiProperty({ example: '王虎寨镇 张干事' })
  @IsString({ message: '姓名必须是文本' })
  @Length(1, 32, { message: '请输入姓名（不超过32个字符）' })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `角色须为 ${ROLES.join('、')} 之一` })
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'orgUnitId 须为单位编号（UUID）' })
  orgUnitId?: string;
}
