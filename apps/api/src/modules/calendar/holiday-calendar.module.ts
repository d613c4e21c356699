import { Module } from '@nestjs/common';
import { CalendarService } from './calendar.service';

/** The statutory holiday calendar without its routes: the API's CalendarModule and the worker's jobs count on it. */
@Module({ providers: [CalendarService], exports: [CalendarService] })
export class HolidayCalendarModule {}
