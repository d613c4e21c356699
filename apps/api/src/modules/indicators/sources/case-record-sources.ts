import type { IndicatorCode } from '@julu/domain';
import { CASE_GOAL_ROW_SOURCES } from './goal-row-sources';
import { WORKFLOW_SOURCES } from './workflow-sources';

/**
 * The indicators whose every record is one petition case's (a case, its clock, visit, notice or
 * evaluation), counted on one day that the case's own rows give, with a contribution that does not
 * depend on the period asked: a record lies in a quarter or a year exactly when it lies in one of
 * its months, with the same numerator and denominator. These are kept in the contribution ledger
 * and updated on each of their case's events (contribution-ledger.service.ts); their sources honour
 * the case parameter $8 (source-params.ts).
 */
export const CASE_RECORD_SOURCES: Partial<Record<IndicatorCode, string>> = { ...WORKFLOW_SOURCES, ...CASE_GOAL_ROW_SOURCES };

export const isCaseRecordIndicator = (code: IndicatorCode): boolean => code in CASE_RECORD_SOURCES;
