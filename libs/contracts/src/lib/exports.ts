import type { CaseListQuery } from './cases';

/** The ledgers bureaus keep: 信访事项台账 and 来访登记台账. */
export const LEDGERS = ['CASES', 'VISITS'] as const;
export type Ledger = (typeof LEDGERS)[number];
export const LEDGER_LABELS: Record<Ledger, string> = { CASES: '信访事项台账', VISITS: '来访登记台账' };

/** Filters of the visit ledger (arrival time window, township). */
export interface VisitLedgerQuery {
  from?: string;
  to?: string;
  townshipId?: string;
}

/** Ledgers up to this many rows download at once; larger ones run as a background export. */
export const DIRECT_EXPORT_MAX_ROWS = 3000;

export interface ExportRequest {
  ledger: Ledger;
  /** Case-list filters for CASES; from/to/townshipId for VISITS. */
  query: CaseListQuery & VisitLedgerQuery;
}

export type ExportStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface ExportJobView {
  id: string;
  ledger: Ledger;
  status: ExportStatus;
  /** Rows to write, once counted. */
  total: number | null;
  done: number;
  fileName: string;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
}
