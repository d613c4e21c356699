export { CalendarModule } from './calendar.module';
export { HolidayCalendarModule } from './holiday-calendar.module';
export { CalendarService, type StatutoryCalendar } from './calendar.service';
export { HolidayYearEntity } from './entities/holiday-year.entity';
