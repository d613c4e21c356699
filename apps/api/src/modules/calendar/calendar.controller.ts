import { Body, Controller, Get, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type CurrentUser as CurrentUserDto, type HolidayYearView } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { CalendarService } from './calendar.service';
import { HolidayYearDto } from './dto/holiday-year.dto';

/** 法定节假日安排: everyone reads; administrators add a year when the State Council publishes it, or correct one. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar/years')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Allow('signedIn')
  list(): Promise<HolidayYearView[]> {
    return this.calendar.years();
  }

  @Post()
  @Allow('administration')
  add(@Body() dto: HolidayYearDto, @CurrentUser() user: CurrentUserDto): Promise<HolidayYearView> {
    return this.calendar.addYear(dto, user);
  }

  @Put(':year')
  @Allow('administration')
  correct(@Param('year', ParseIntPipe) year: number, @Body() dto: HolidayYearDto, @CurrentUser() user: CurrentUserDto): Promise<HolidayYearView> {
    return this.calendar.correctYear(year, dto, user);
  }
}
