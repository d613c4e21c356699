import { ContributionLedgerService } from './contribution-ledger.service';
import { IndicatorComputationService } from './indicator-computation.service';
import { IndicatorEventsService } from './indicator-events.service';
import { LedgerReconciliationService } from './ledger-reconciliation.service';

/** What the worker (and a job run outside it) needs to keep the snapshots: events, the ledger, the full computation. */
export const INDICATOR_JOB_PROVIDERS = [IndicatorComputationService, IndicatorEventsService, ContributionLedgerService, LedgerReconciliationService];
