import { Module } from '@nestjs/common';
import { IncidentsJobsModule } from '../../incidents';
import { WorkflowJobsModule } from '../../workflow';
import { DutySweepService } from './duty-sweep.service';
import { DutyWorkerService } from './duty-worker.service';

/** The duty's part of the worker process: the `duty` queue (duty sweep, incident report-limit sweep). */
@Module({
  imports: [WorkflowJobsModule, IncidentsJobsModule],
  providers: [DutySweepService, DutyWorkerService],
  exports: [DutyWorkerService],
})
export class DutyJobsModule {}
