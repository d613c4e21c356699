import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type DutyShiftView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { CheckOutDto } from '../dto/check-out.dto';
import { SHIFT_NOT_FOUND, ShiftsService } from './shifts.service';

const SHIFT_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: SHIFT_NOT_FOUND }) });

/** The phone check-in page: the caller's current shifts, 签到, and 签退 with the handover. */
@ApiTags('duty')
@ApiBearerAuth()
@Controller('duty/shifts')
export class ShiftsController {
  constructor(private readonly shifts: ShiftsService) {}

  @Get('current')
  @Allow('duty')
  current(@CurrentUser() user: CurrentUserDto): Promise<DutyShiftView[]> {
    return this.shifts.current(user);
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @Allow('duty')
  checkIn(@Param('id', SHIFT_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<DutyShiftView> {
    return this.shifts.checkIn(id, user);
  }

  @Post(':id/check-out')
  @HttpCode(200)
  @Allow('duty')
  checkOut(@Param('id', SHIFT_ID) id: string, @Body() dto: CheckOutDto, @CurrentUser() user: CurrentUserDto): Promise<DutyShiftView> {
    return this.shifts.checkOut(id, dto, user);
  }
}
