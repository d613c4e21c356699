export { WorkflowModule } from './workflow.module';
export { ClocksService } from './clocks/clocks.service';
export { CaseEventsService } from './transitions/case-events.service';
export { NotificationsService } from './inbox/notifications.service';
export { TransitionsService } from './transitions/transitions.service';
export { PublicLookupRetention } from './public/lookup-retention';
export { DeadlineSweepService } from './reminders/deadline-sweep.service';
export { type ReminderKind, reminderJobId } from './reminders/reminder-plan';
export { RemindersService } from './reminders/reminders.service';
