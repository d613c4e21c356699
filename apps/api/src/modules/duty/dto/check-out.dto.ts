import type { DutyCheckOutRequest } from '@julu/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CheckOutDto implements DutyCheckOutRequest {
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '交接班记录至多 2000 字' })
  handoverNote?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '未办结事项至多 2000 字' })
  pendingItems?: string;
}
