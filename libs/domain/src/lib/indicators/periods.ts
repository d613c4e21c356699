import type { LocalDate } from '../calendar/holiday-calendar';

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

/** A statistics period: 2026-11, 2026Q4 or 2026, covering [from, to) in China's dates. */
export interface Period {
  key: string;
  kind: PeriodKind;
  from: LocalDate;
  /** The first day after the period. */
  to: LocalDate;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthStart = (year: number, month: number): LocalDate => (month > 12 ? `${year + 1}-01-01` : `${year}-${pad(month)}-01`);

/** Parses a period key; null when it is not one. */
export function parsePeriod(key: string): Period | null {
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    return { key, kind: 'MONTH', from: monthStart(year, month), to: monthStart(year, month + 1) };
  }
  m = /^(\d{4})Q([1-4])$/.exec(key);
  if (m) {
    const [year, quarter] = [Number(m[1]), Number(m[2])];
    return { key, kind: 'QUARTER', from: monthStart(year, quarter * 3 - 2), to: monthStart(year, quarter * 3 + 1) };
  }
  m = /^(\d{4})$/.exec(key);
  if (m) return { key, kind: 'YEAR', from: `${m[1]}-01-01`, to: `${Number(m[1]) + 1}-01-01` };
  return null;
}

/** The month, quarter and year a day belongs to. */
export function periodsOf(date: LocalDate): Period[] {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const keys = [`${year}-${pad(month)}`, `${year}Q${Math.ceil(month / 3)}`, `${year}`];
  return keys.map((k) => parsePeriod(k) as Period);
}

/** Every month, quarter and year of a calendar year (the nightly recomputation's scope). */
export function periodsOfYear(year: number): Period[] {
  const keys = [...Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`), ...[1, 2, 3, 4].map((q) => `${year}Q${q}`), `${year}`];
  return keys.map((k) => parsePeriod(k) as Period);
}
