/**
 * The values the API takes for dates and times, converted to and from the Date objects the
 * ng-zorro pickers work with. One place, so no page converts a picked day with toISOString()
 * (which gives the UTC day: before 08:00 China time, the day before).
 */

const CHINA = 'Asia/Shanghai';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

const chinaDay = new Intl.DateTimeFormat('en-CA', { timeZone: CHINA, year: 'numeric', month: '2-digit', day: '2-digit' });
const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar day in China time of a picked date, as the API takes it: YYYY-MM-DD. */
export function toChinaDay(date: Date): string {
  return chinaDay.format(date);
}

/** A YYYY-MM-DD day as a Date for the picker: noon China time, the same day in every zone from UTC−4 to UTC+11. */
export function fromChinaDay(day: string | null | undefined): Date | null {
  if (!day || !DAY.test(day)) return null;
  const date = new Date(`${day}T12:00:00+08:00`);
  return Number.isNaN(date.getTime()) || toChinaDay(date) !== day ? null : date;
}

/** A picked moment as the API takes it: an ISO 8601 instant (UTC). */
export function toInstant(date: Date): string {
  return date.toISOString();
}

/** An ISO instant, or a local YYYY-MM-DDTHH:mm (a form default), as a Date for the picker. */
export function fromInstant(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A picked time of day as HH:mm (the wall-clock time shown in the picker). */
export function toTimeOfDay(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** HH:mm or HH:mm:ss as a Date (today, at that wall-clock time) for the time picker. */
export function fromTimeOfDay(value: string | null | undefined): Date | null {
  const m = value ? TIME.exec(value) : null;
  if (!m) return null;
  const [hours, minutes, seconds] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date();
  date.setHours(hours, minutes, seconds, 0);
  return date;
}
