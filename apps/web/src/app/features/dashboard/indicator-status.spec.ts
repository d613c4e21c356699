import type { IndicatorCard } from '@julu/contracts';
import { cardStatus, formatTarget, formatValue, indicatorStatus, targetApplies } from './indicator-status';

const atLeast = (value: number) => ({ operator: '≥' as const, value });
const atMost = (value: number) => ({ operator: '≤' as const, value });

describe('indicatorStatus', () => {
  it.each([
    // rate ≥ 95: met from 95, amber within 5 points below, red further down
    ['RATE', atLeast(95), 100, 'MET'],
    ['RATE', atLeast(95), 95, 'MET'],
    ['RATE', atLeast(95), 94.99, 'NEAR'],
    ['RATE', atLeast(95), 90, 'NEAR'],
    ['RATE', atLeast(95), 89.99, 'MISSED'],
    ['RATE', atLeast(95), 0, 'MISSED'],
    // rate ≤ 10 (repeat petitions): amber up to 5 points above
    ['RATE', atMost(10), 10, 'MET'],
    ['RATE', atMost(10), 15, 'NEAR'],
    ['RATE', atMost(10), 15.01, 'MISSED'],
    // count ≥ 200: amber from 80 % of the target
    ['COUNT', atLeast(200), 200, 'MET'],
    ['COUNT', atLeast(200), 199, 'NEAR'],
    ['COUNT', atLeast(200), 160, 'NEAR'],
    ['COUNT', atLeast(200), 159, 'MISSED'],
    // count ≤ 8: amber while 80 % of the value is still within the target (up to 10)
    ['COUNT', atMost(8), 10, 'NEAR'],
    ['COUNT', atMost(8), 11, 'MISSED'],
    // = targets: within 5 points (rate); for a count, both the ≥ and the ≤ amber rules
    ['RATE', { operator: '=' as const, value: 100 }, 96, 'NEAR'],
    ['COUNT', { operator: '=' as const, value: 10 }, 12, 'NEAR'],
    ['COUNT', { operator: '=' as const, value: 10 }, 13, 'MISSED'],
    ['COUNT', { operator: '=' as const, value: 10 }, 8, 'NEAR'],
    ['COUNT', { operator: '=' as const, value: 10 }, 7, 'MISSED'],
    ['RATE', atLeast(95), null, 'NONE'],
  ] as const)('%s %j with %p → %s', (kind, target, value, expected) => {
    expect(indicatorStatus(kind, target, value)).toBe(expected);
  });

  it('shows a figure unrated where its target does not apply, and grey when there is none', () => {
    expect(indicatorStatus('COUNT', atLeast(200), 3, false)).toBe('UNRATED');
    expect(indicatorStatus('COUNT', atLeast(200), null, false)).toBe('NONE');
  });
});

describe('targetApplies', () => {
  it('rates everywhere; counts only for the county over a whole year (their targets are annual county targets)', () => {
    expect(targetApplies('RATE', '2026-11', false)).toBe(true);
    expect(targetApplies('COUNT', '2026', true)).toBe(true);
    expect(targetApplies('COUNT', '2026-11', true)).toBe(false);
    expect(targetApplies('COUNT', '2026Q4', true)).toBe(false);
    expect(targetApplies('COUNT', '2026', false)).toBe(false);
  });
});

describe('cardStatus', () => {
  const card = (over: Partial<IndicatorCard>): IndicatorCard => ({
    code: 'ON_TIME_CLOSURE',
    name: '按期办结率',
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '',
    numeratorText: '',
    denominatorText: '',
    interpretation: '',
    target: atLeast(95),
    available: true,
    snapshot: { periodKey: '2026-11', orgUnitId: 'u', numerator: 19, denominator: 20, value: 95, meetsTarget: true, definitionVersion: 1, computedAt: '2026-11-05T00:00:00Z' },
    warning: null,
    ...over,
  });

  it('colours a card by its snapshot, grey without one or while its module is not available', () => {
    expect(cardStatus(card({}), true)).toBe('MET');
    expect(cardStatus(card({}), false)).toBe('UNRATED');
    expect(cardStatus(card({ snapshot: null }), true)).toBe('NONE');
    expect(cardStatus(card({ available: false }), true)).toBe('NONE');
  });
});

describe('formatting', () => {
  it('writes rates with %, counts with their unit, and a dash for no value', () => {
    expect(formatValue(95.24, '%')).toBe('95.24%');
    expect(formatValue(3, '批次')).toBe('3 批次');
    expect(formatValue(null, '%')).toBe('—');
    expect(formatTarget(atLeast(95), '%')).toBe('≥ 95%');
    expect(formatTarget(atLeast(200), '人次')).toBe('≥ 200 人次');
  });
});
