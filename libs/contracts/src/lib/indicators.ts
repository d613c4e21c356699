/** Indicators (指标) as the dashboard reads them: definition, snapshot, comparison, trend, drill-down. */

export interface IndicatorTarget {
  operator: '≥' | '≤' | '=';
  value: number;
}

export interface IndicatorCard {
  code: string;
  name: string;
  unit: string;
  kind: 'RATE' | 'COUNT';
  direction: 'HIGHER_BETTER' | 'LOWER_BETTER';
  formula: string;
  numeratorText: string;
  denominatorText: string;
  interpretation: string;
  target: IndicatorTarget;
  /** false while the module whose records it counts is not in this installation. */
  available: boolean;
  snapshot: IndicatorSnapshotView | null;
}

export interface IndicatorSnapshotView {
  periodKey: string;
  orgUnitId: string;
  numerator: number;
  denominator: number;
  value: number | null;
  /** null when there is nothing to compare (no value). */
  meetsTarget: boolean | null;
  definitionVersion: number;
  computedAt: string;
}

export interface IndicatorDashboard {
  periodKey: string;
  orgUnitId: string;
  orgUnitName: string;
  cards: IndicatorCard[];
  /** The newest computation among the cards, for "updated at". */
  computedAt: string | null;
}

export interface TownshipComparison {
  code: string;
  periodKey: string;
  rows: { orgUnitId: string; orgUnitName: string; snapshot: IndicatorSnapshotView | null }[];
}

export interface IndicatorTrend {
  code: string;
  orgUnitId: string;
  points: { periodKey: string; value: number | null; numerator: number; denominator: number }[];
}

export interface IndicatorRecord {
  recordId: string;
  label: string;
  /** A web path to open the record, when it has a page. */
  link: string | null;
  numerator: number;
  denominator: number;
  /** Why it is in or out of the numerator and the denominator. */
  reason: string;
}

export interface IndicatorDrillDown {
  code: string;
  name: string;
  periodKey: string;
  orgUnitId: string;
  orgUnitName: string;
  /** Sums over `records`; equal to the snapshot when it is current. */
  numerator: number;
  denominator: number;
  value: number | null;
  snapshot: IndicatorSnapshotView | null;
  records: IndicatorRecord[];
}
