/** Indicators (指标) as the dashboard reads them: definition, snapshot, comparison, trend, drill-down. */

export interface IndicatorTarget {
  operator: '≥' | '≤' | '=';
  value: number;
}

export interface IndicatorCard {
  code: string;
  name: string;
  unit: string;
  kind: 'RATE' | 'COUNT' | 'AVERAGE';
  direction: 'HIGHER_BETTER' | 'LOWER_BETTER';
  formula: string;
  numeratorText: string;
  denominatorText: string;
  interpretation: string;
  target: IndicatorTarget;
  /** false while the module whose records it counts is not in this installation. */
  available: boolean;
  snapshot: IndicatorSnapshotView | null;
  /** Shown beside the figure when its records are known to be incomplete (e.g. a village list). */
  warning: string | null;
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
  /** When these figures last changed (a recomputation that finds them unchanged leaves it). */
  computedAt: string;
}

export interface IndicatorDashboard {
  periodKey: string;
  orgUnitId: string;
  orgUnitName: string;
  cards: IndicatorCard[];
  /** The newest change among the cards' figures (each snapshot's `computedAt`: when its figures last changed). */
  computedAt: string | null;
  /**
   * When this period's and unit's figures were last computed, whether or not they changed (the
   * latest recomputation, reconciliation or case event that covered them); never before
   * `computedAt`. The dashboard's 计算于. null while there is no snapshot.
   */
  checkedAt: string | null;
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
  /** As on the card: the records are known to be incomplete. */
  warning: string | null;
}

/** 信访情况年度报告 statistics (2022 条例 Art 41). */
export interface AnnualPetitionReport {
  year: number;
  totals: { cases: number; persons: number; visitBatches: number; visitPersons: number };
  /** Matters by the bureau's own dispositions (counted once per case). */
  dispositions: { forwarded: number; assigned: number; supervised: number; diverted: number; accepted: number; notAccepted: number };
  /** By field: the content category's first level. */
  byField: { label: string; count: number }[];
  byTownship: { label: string; count: number }[];
  /** The ten units most often named as involved (涉及单位). */
  mostInvolvedUnits: { label: string; count: number }[];
  byChannel: { label: string; count: number }[];
  byMonth: { label: string; count: number }[];
}
