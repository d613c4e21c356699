export { WorkflowModule } from './workflow.module';
export { ClocksService } from './clocks/clocks.service';
export { CaseEventsService } from './transitions/case-events.service';
export { NotificationsService } from './inbox/notifications.service';
export { TransitionsService } from './transitions/transitions.service';
export { WORK_EVENTS, workAudience } from './inbox/work-audience';
