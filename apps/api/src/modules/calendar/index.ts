export { CalendarModule } from './calendar.module';
export { CalendarService, type StatutoryCalendar } from './calendar.service';
