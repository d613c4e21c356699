import { ApiPropertyOptional } from '@nestjs/swagger';
import { type Role, ROLES, type UpdateUserRequest } from '@julu/contracts';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '姓名必须是文本' })
  @Length(1, 32, { message: '姓名须为 1–32 个字符' })
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `角色须为 ${ROLES.join('、')} 之一` })
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'orgUnitId 须为单位编号（UUID）' })
  orgUnitId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'disabled 须为 true 或 false' })
  disabled?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'unitHead 须为 true 或 false' })
  unitHead?: boolean;
}
