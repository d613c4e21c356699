import { addDays, parsePeriod, type PeriodKind } from '@julu/domain';

export type { PeriodKind };

export interface PeriodOption {
  key: string;
  label: string;
}

/** The first year the system holds statistics for. */
export const FIRST_YEAR = 2020;
export const PERIOD_KINDS: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];

const QUARTER_NAMES = ['一', '二', '三', '四'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** The period of a kind that contains `date` (YYYY-MM-DD). */
export function periodContaining(kind: PeriodKind, date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  if (kind === 'MONTH') return `${year}-${pad(month)}`;
  if (kind === 'QUARTER') return `${year}Q${Math.ceil(month / 3)}`;
  return String(year);
}

/** Every period of a kind from FIRST_YEAR up to the one containing `today`, newest first. */
export function periodOptions(kind: PeriodKind, today: string): PeriodOption[] {
  const options: PeriodOption[] = [];
  const last = periodContaining(kind, today);
  for (let year = Number(today.slice(0, 4)); year >= FIRST_YEAR; year--) {
    const keys = kind === 'MONTH' ? Array.from({ length: 12 }, (_, i) => `${year}-${pad(12 - i)}`) : kind === 'QUARTER' ? [4, 3, 2, 1].map((q) => `${year}Q${q}`) : [String(year)];
    for (const key of keys) if (key <= last) options.push({ key, label: periodLabel(key) });
  }
  return options;
}

/** "2026年11月", "2026年第四季度", "2026年". */
export function periodLabel(key: string): string {
  const period = parsePeriod(key);
  if (!period) return key;
  const year = key.slice(0, 4);
  if (period.kind === 'MONTH') return `${year}年${Number(key.slice(5, 7))}月`;
  if (period.kind === 'QUARTER') return `${year}年第${QUARTER_NAMES[Number(key.slice(5)) - 1]}季度`;
  return `${year}年`;
}

export function periodKind(key: string): PeriodKind {
  return parsePeriod(key)?.kind ?? 'MONTH';
}

export function periodYear(key: string): number {
  return Number(key.slice(0, 4));
}

/**
 * The period of another kind that covers the same time: 2026-11 → 2026Q4 → 2026; going finer, the
 * latest month or quarter of it that has begun by `today`.
 */
export function convertPeriod(key: string, kind: PeriodKind, today: string): string {
  const period = parsePeriod(key);
  if (!period) return periodContaining(kind, today);
  const lastDay = addDays(period.to, -1);
  return periodContaining(kind, lastDay < today ? lastDay : period.from > today ? period.from : today);
}

/** The month key of a 1-based month of a year. */
export function monthKey(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}
