import { Module } from '@nestjs/common';
import { HolidayCalendarModule } from '../../calendar';
import { ClocksService } from '../clocks/clocks.service';
import { NotificationsService } from '../inbox/notifications.service';
import { PublicLookupRetention } from '../public/lookup-retention';
import { DeadlineSweepService } from '../reminders/deadline-sweep.service';
import { RemindersService } from '../reminders/reminders.service';
import { CaseEventsService } from '../transitions/case-events.service';
import { DeadlinesWorkerService } from './deadlines-worker.service';
import { LiveHintsWorkerService } from './live-hints-worker.service';

/**
 * The workflow's part of the worker process: the `deadlines` queue (reminders, the deadline sweep,
 * the public lookup log retention, clock recomputation on calendar changes) and the `my-work` live
 * hints. Exports the notifications other modules' jobs send.
 */
@Module({
  imports: [HolidayCalendarModule],
  providers: [
    ClocksService,
    CaseEventsService,
    NotificationsService,
    RemindersService,
    DeadlineSweepService,
    PublicLookupRetention,
    DeadlinesWorkerService,
    LiveHintsWorkerService,
  ],
  exports: [NotificationsService, DeadlinesWorkerService, LiveHintsWorkerService],
})
export class WorkflowJobsModule {}
