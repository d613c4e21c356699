import type { IndicatorDrillDown, IndicatorRecord } from '@julu/contracts';

/** What a click on a chart reports (the part of ECharts' event the charts use). */
export interface ChartClick {
  componentType: string;
  dataIndex: number;
}

export type RecordFilter = 'ALL' | 'IN' | 'OUT';

/** The router path of an indicator's drill-down; period and unit go in the query. */
export const recordsRoute = (code: string): string[] => ['/dashboard', code, 'records'];

export function filterRecords(records: readonly IndicatorRecord[], filter: RecordFilter): IndicatorRecord[] {
  if (filter === 'IN') return records.filter((r) => r.numerator > 0);
  if (filter === 'OUT') return records.filter((r) => r.numerator === 0);
  return [...records];
}

/**
 * Whether the live sums over the records agree with the stored snapshot: MISSING when no snapshot
 * exists yet, RECOMPUTING when they differ (the worker has not caught up with a change).
 */
export function snapshotState(drill: IndicatorDrillDown): 'CURRENT' | 'MISSING' | 'RECOMPUTING' {
  if (!drill.snapshot) return 'MISSING';
  const same = drill.snapshot.numerator === drill.numerator && drill.snapshot.denominator === drill.denominator;
  return same ? 'CURRENT' : 'RECOMPUTING';
}
