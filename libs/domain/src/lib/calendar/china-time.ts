import type { LocalDate } from './holiday-calendar';

/** China Standard Time is UTC+8 all year (no daylight saving), so the arithmetic is fixed. */
const OFFSET_MS = 8 * 3600 * 1000;

/** The date in China (Asia/Shanghai) of an instant. */
export function chinaDate(at: Date): LocalDate {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a wall-clock time on a date in China. */
export function chinaInstant(date: LocalDate, hours = 0, minutes = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hours, minutes) - OFFSET_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((chinaInstant(to).getTime() - chinaInstant(from).getTime()) / 86_400_000);
}

/** The wall-clock date and minute in China of an instant, as people write it: 2026-12-07 09:05. */
export function chinaDateTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
