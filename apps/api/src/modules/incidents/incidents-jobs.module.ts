import { Module } from '@nestjs/common';
import { WorkflowJobsModule } from '../workflow';
import { IncidentLimitSweepService } from './incident-limit-sweep.service';

/** The incidents' part of the worker process: the report-limit sweep (run on the `duty` queue). */
@Module({
  imports: [WorkflowJobsModule],
  providers: [IncidentLimitSweepService],
  exports: [IncidentLimitSweepService],
})
export class IncidentsJobsModule {}
