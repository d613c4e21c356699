import type { UpsertPublicityPlanRequest } from '@julu/contracts';

/** The API's bounds on a village's planned number of events in a year. */
export const PLANNED_TIMES = { min: 1, max: 52 } as const;

/** The PUT body of a village's plan, or null when the planned number is not a whole number in range. */
export function planRequestOf(year: number, planned: number | string | null, note: string): UpsertPublicityPlanRequest | null {
  if (planned === null || planned === '') return null;
  const plannedTimes = Number(planned);
  if (!Number.isInteger(plannedTimes) || plannedTimes < PLANNED_TIMES.min || plannedTimes > PLANNED_TIMES.max) return null;
  const trimmed = note.trim();
  return trimmed ? { year, plannedTimes, note: trimmed } : { year, plannedTimes };
}
