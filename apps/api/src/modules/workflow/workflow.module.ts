import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar';
import { CaseWorkflowQueries } from './case-workflow.queries';
import { ClockRulesController } from './clocks/clock-rules.controller';
import { ClockRulesService } from './clocks/clock-rules.service';
import { ClocksService } from './clocks/clocks.service';
import { EvaluationsService } from './evaluations/evaluations.service';
import { NotificationsService } from './inbox/notifications.service';
import { WorkController } from './inbox/work.controller';
import { WorkQueriesService } from './inbox/work-queries.service';
import { NoticesController } from './notices/notices.controller';
import { NoticesService } from './notices/notices.service';
import { PublicCasesController } from './public/public-cases.controller';
import { PublicCasesService } from './public/public-cases.service';
import { CaseEventsService } from './transitions/case-events.service';
import { TransitionsService } from './transitions/transitions.service';
import { WorkflowController } from './workflow.controller';

/** The statutory workflow: transitions, legal clocks, notices, evaluations, inbox and public lookup. */
@Module({
  imports: [CalendarModule],
  controllers: [WorkflowController, NoticesController, WorkController, PublicCasesController, ClockRulesController],
  providers: [
    ClocksService,
    ClockRulesService,
    CaseEventsService,
    CaseWorkflowQueries,
    NoticesService,
    TransitionsService,
    EvaluationsService,
    NotificationsService,
    WorkQueriesService,
    PublicCasesService,
  ],
  exports: [ClocksService, CaseEventsService, NotificationsService, TransitionsService],
})
export class WorkflowModule {}
