import { ApiPropertyOptional } from '@nestjs/swagger';
import type { DecideDutySwapRequest, DeclareUnavailabilityRequest, DutySwapKind, RequestDutySwapRequest } from '@julu/contracts';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

export class RequestDutySwapDto implements RequestDutySwapRequest {
  @IsIn(['SUBSTITUTE', 'EXCHANGE'], { message: '类型应为替班或换班' })
  kind!: DutySwapKind;

  @IsUUID('all', { message: '班次编号有误' })
  shiftId!: string;

  @IsUUID('all', { message: '请选择被替换人' })
  fromUserId!: string;

  @IsUUID('all', { message: '请选择替换人' })
  toUserId!: string;

  @IsOptional()
  @IsUUID('all', { message: '对应班次编号有误' })
  counterpartShiftId?: string;

  @IsString()
  @MinLength(2, { message: '请填写换班（替班）事由' })
  @MaxLength(200)
  reason!: string;
}

export class DecideDutySwapDto implements DecideDutySwapRequest {
  @IsBoolean({ message: 'approve 须为 true 或 false' })
  approve!: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string;
}

export class SwapsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['PENDING', 'APPROVED', 'REJECTED'], { message: '状态应为 PENDING、APPROVED 或 REJECTED' })
  status?: 'PENDING' | 'APPROVED' | 'REJECTED';
}

export class DeclareUnavailabilityDto implements DeclareUnavailabilityRequest {
  @IsOptional()
  @IsUUID('all', { message: '人员编号有误' })
  userId?: string;

  @IsCalendarDate({ message: '开始日期应为 YYYY-MM-DD' })
  from!: string;

  @IsCalendarDate({ message: '结束日期应为 YYYY-MM-DD' })
  to!: string;

  @IsString()
  @MinLength(2, { message: '请填写不能值班的原因' })
  @MaxLength(200)
  reason!: string;
}

export class UnitQuery {
  @IsUUID('all', { message: '请选择值班单位' })
  unitId!: string;
}
