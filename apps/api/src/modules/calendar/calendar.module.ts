import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { HolidayCalendarModule } from './holiday-calendar.module';

/** The statutory holiday calendar the legal clocks count on. */
@Module({
  imports: [HolidayCalendarModule],
  controllers: [CalendarController],
  exports: [HolidayCalendarModule],
})
export class CalendarModule {}
