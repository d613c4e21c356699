export { IndicatorsModule } from './indicators.module';
export { IndicatorsJobsModule } from './jobs/indicators-jobs.module';
export { IndicatorsWorkerService } from './jobs/indicators-worker.service';
export { IndicatorComputationService, MAX_WAIT_MS, QUIET_MS } from './indicator-computation.service';
export { IndicatorEventsService, INDICATOR_EVENTS } from './indicator-events.service';
export { ContributionLedgerService } from './contribution-ledger.service';
export { LedgerReconciliationService } from './ledger-reconciliation.service';
export { INDICATOR_JOB_PROVIDERS } from './indicator-job-providers';
export { COALESCE_DELAY_MS, PROCESS_DIRTY_JOB } from './indicator-recompute.service';
