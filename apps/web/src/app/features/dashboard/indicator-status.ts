import type { IndicatorCard, IndicatorTarget } from '@julu/contracts';
import { meetsTarget } from '@julu/domain';
import { periodKind } from './periods';

/**
 * MET green, NEAR amber, MISSED red, NONE grey (no value yet, or the module is not in this
 * installation); UNRATED blue: a figure shown without judging it, where the target does not apply.
 */
export type IndicatorStatus = 'MET' | 'NEAR' | 'MISSED' | 'UNRATED' | 'NONE';

/** A rate this many percentage points short of its target is still "near" (amber). */
export const RATE_MARGIN_POINTS = 5;
/** A count at this share of its target is still "near" (amber). */
export const COUNT_NEAR_SHARE = 0.8;

export const STATUS_COLOURS: Readonly<Record<IndicatorStatus, string>> = {
  MET: '#52c41a',
  NEAR: '#faad14',
  MISSED: '#ff4d4f',
  UNRATED: '#4096ff',
  NONE: '#bfbfbf',
};

/**
 * Whether a figure is judged against the target. A count's target (≥ 200 批次, ≥ 12 次) is the
 * county's for a whole year, so a month, a quarter or a township shows the count without a colour
 * verdict; a rate's target holds for any period and unit.
 */
export function targetApplies(kind: IndicatorCard['kind'], periodKey: string, county: boolean): boolean {
  return kind === 'RATE' || (county && periodKind(periodKey) === 'YEAR');
}

/** The colour band of a value against its target. */
export function indicatorStatus(kind: IndicatorCard['kind'], target: IndicatorTarget, value: number | null, rated = true): IndicatorStatus {
  if (value === null) return 'NONE';
  if (!rated) return 'UNRATED';
  if (meetsTarget(value, target)) return 'MET';
  return isNear(kind, target, value) ? 'NEAR' : 'MISSED';
}

/** A card's band: grey while the indicator is not available or has no snapshot. */
export function cardStatus(card: IndicatorCard, rated: boolean): IndicatorStatus {
  if (!card.available) return 'NONE';
  return indicatorStatus(card.kind, card.target, card.snapshot?.value ?? null, rated);
}

/** Only called for a value that misses its target, so the distance is on the wrong side. */
function isNear(kind: IndicatorCard['kind'], target: IndicatorTarget, value: number): boolean {
  if (kind === 'RATE') return Math.abs(value - target.value) <= RATE_MARGIN_POINTS;
  switch (target.operator) {
    case '≥':
      return value >= target.value * COUNT_NEAR_SHARE;
    case '≤':
      return value * COUNT_NEAR_SHARE <= target.value;
    case '=':
      return value >= target.value * COUNT_NEAR_SHARE && value * COUNT_NEAR_SHARE <= target.value;
  }
}

/** "95.24%", "3 批次", or a dash when there is no value. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

/** "≥ 95%", "≥ 200 批次". */
export function formatTarget(target: IndicatorTarget, unit: string): string {
  return `${target.operator} ${formatValue(target.value, unit)}`;
}
