import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow';
import { IncidentLimitSweepService } from './incident-limit-sweep.service';
import { IncidentQueriesService } from './incident-queries.service';
import { IncidentsController } from './incidents.controller';
import { IncidentsService } from './incidents.service';
import { ReportLimitsController } from './report-limits.controller';
import { ReportLimitsService } from './report-limits.service';

/** 突发信访事件 (DOMAIN.md §4): quick reports, the report chain, report limits and their sweep. */
@Module({
  imports: [WorkflowModule],
  controllers: [IncidentsController, ReportLimitsController],
  providers: [IncidentsService, IncidentQueriesService, ReportLimitsService, IncidentLimitSweepService],
  exports: [IncidentLimitSweepService, IncidentsService],
})
export class IncidentsModule {}
