export { CalendarModule } from './calendar.module';
export { HolidayCalendarModule } from './holiday-calendar.module';
export { CalendarService, type StatutoryCalendar } from './calendar.service';
