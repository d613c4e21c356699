import { Module } from '@nestjs/common';
import { INDICATOR_JOB_PROVIDERS } from '../indicator-job-providers';
import { IndicatorsWorkerService } from './indicators-worker.service';

/** The indicators' part of the worker process: the `indicators` queue (per-event deltas, marking, coalesced runs, nightly reconciliation). */
@Module({
  providers: [...INDICATOR_JOB_PROVIDERS, IndicatorsWorkerService],
  exports: [IndicatorsWorkerService],
})
export class IndicatorsJobsModule {}
