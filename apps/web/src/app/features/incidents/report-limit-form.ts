import type { UpdateIncidentReportLimitRequest } from '@julu/contracts';

/** The API's bounds on a report limit: whole minutes, at most a day. */
export const LIMIT_MINUTES = { min: 1, max: 1440 } as const;

const inRange = (n: number): boolean => Number.isInteger(n) && n >= LIMIT_MINUTES.min && n <= LIMIT_MINUTES.max;

/** The PUT body for one level's limits, or null when either value is not a whole number of minutes in range. */
export function reportLimitRequestOf(phone: number | string | null, written: number | string | null): UpdateIncidentReportLimitRequest | null {
  if (phone === null || written === null || phone === '' || written === '') return null;
  const phoneMinutes = Number(phone);
  const writtenMinutes = Number(written);
  return inRange(phoneMinutes) && inRange(writtenMinutes) ? { phoneMinutes, writtenMinutes } : null;
}
