import type { ReportLimitView } from '@julu/contracts';

/** Difference between the server's clock and this browser's, so a wrong phone clock counts down right. */
export const clockOffset = (serverNow: string, browserNow = Date.now()): number => Date.parse(serverNow) - browserNow;

const pad = (n: number): string => String(n).padStart(2, '0');

/** 剩 mm:ss (or h:mm:ss) until the limit, or 已超时 mm 分 once it has passed. */
export function countdownText(limit: ReportLimitView, now: number): string {
  const left = Date.parse(limit.dueAt) - now;
  const abs = Math.abs(left);
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const s = Math.floor((abs % 60_000) / 1000);
  const clock = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
  return left >= 0 ? `剩 ${clock}` : `已超时 ${clock}`;
}

/** The tag colour of a limit: green met, red late or overdue, orange under 10 minutes left, blue otherwise. */
export function limitTone(limit: ReportLimitView, now: number): string {
  switch (limit.status) {
    case 'MET':
      return 'green';
    case 'LATE':
      return 'red';
    case 'OPEN':
      return Date.parse(limit.dueAt) < now ? 'red' : Date.parse(limit.dueAt) - now < 10 * 60_000 ? 'orange' : 'blue';
    case 'OVERDUE':
      return 'red';
  }
}

/** A `datetime-local` value for an instant, in the browser's zone (Asia/Shanghai for the users). */
export function localDateTime(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
