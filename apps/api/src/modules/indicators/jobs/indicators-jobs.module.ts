import { Module } from '@nestjs/common';
import { IndicatorComputationService } from '../indicator-computation.service';
import { IndicatorEventsService } from '../indicator-events.service';
import { IndicatorsWorkerService } from './indicators-worker.service';

/** The indicators' part of the worker process: the `indicators` queue (marking, coalesced runs, nightly run). */
@Module({
  providers: [IndicatorComputationService, IndicatorEventsService, IndicatorsWorkerService],
  exports: [IndicatorsWorkerService],
})
export class IndicatorsJobsModule {}
