/**
 * The indicators (DOMAIN.md §6.2, §7.2) as definitions: what is counted, how the value is formed,
 * the default target, and — where the source leaves it open — the interpretation we chose. The
 * API computes each from the records behind it (the drill-down), so a figure and its records can
 * never disagree. Bump `version` when a definition changes: snapshots keep the version they used.
 */
import { CASE_INDICATORS } from './case-indicators';
import { GOAL_ROW_INDICATORS } from './goal-row-indicators';
import { INDICATOR_CODES, type IndicatorCode, type IndicatorDefinition, type IndicatorKind } from './indicator-types';
import { LEDGER_INDICATORS } from './ledger-indicators';

export * from './indicator-types';

const BY_CODE = new Map([...CASE_INDICATORS, ...LEDGER_INDICATORS, ...GOAL_ROW_INDICATORS].map((d) => [d.code, d]));

/** Every definition, in the order of INDICATOR_CODES (the dashboard's order). */
export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = INDICATOR_CODES.map((code) => {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`indicator ${code} has no definition`);
  return found;
});

export function indicatorDefinition(code: IndicatorCode): IndicatorDefinition {
  const found = INDICATOR_DEFINITIONS.find((d) => d.code === code);
  if (!found) throw new Error(`unknown indicator ${code}`);
  return found;
}

/** The value of a snapshot: a rate in percent (two decimals), a count, or null when nothing is counted. */
export function indicatorValue(kind: IndicatorKind, numerator: number, denominator: number): number | null {
  if (kind === 'COUNT') return numerator;
  if (denominator === 0) return null;
  if (kind === 'AVERAGE') return Math.round((numerator / denominator) * 100) / 100;
  return Math.round((numerator / denominator) * 10_000) / 100;
}

/** Whether a value meets its target. */
export function meetsTarget(value: number | null, target: IndicatorDefinition['target']): boolean | null {
  if (value === null) return null;
  if (target.operator === '≥') return value >= target.value;
  if (target.operator === '≤') return value <= target.value;
  return value === target.value;
}
