import { Module } from '@nestjs/common';
import { WorkflowJobsModule } from '../../workflow';
import { WeeklyCheckService } from '../weekly-check.service';
import { HotspotsWorkerService } from './hotspots-worker.service';

/** The hotspots' part of the worker process: the `hotspots` queue (the weekly 排查 check). */
@Module({
  imports: [WorkflowJobsModule],
  providers: [WeeklyCheckService, HotspotsWorkerService],
  exports: [HotspotsWorkerService],
})
export class HotspotsJobsModule {}
