export { WorkflowModule } from './workflow.module';
export { WorkflowJobsModule } from './jobs/workflow-jobs.module';
export { DeadlinesWorkerService } from './jobs/deadlines-worker.service';
export { LiveHintsWorkerService } from './jobs/live-hints-worker.service';
export { ClocksService } from './clocks/clocks.service';
export { CaseEventsService } from './transitions/case-events.service';
export { NotificationsService } from './inbox/notifications.service';
export { TransitionsService } from './transitions/transitions.service';
