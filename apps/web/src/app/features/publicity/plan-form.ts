import type { UpsertPublicityPlanRequest } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

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

export const PLAN_FIELDS = ['plannedTimes', 'note'] as const;

/** What the API would refuse in a village's plan (UpsertPublicityPlanDto), each on its control; [] = fine. */
export function planRowErrors(planned: number | string | null, note: string): FieldError[] {
  const errors: FieldError[] = [];
  const times = planned === null || planned === '' ? null : Number(planned);
  if (times === null) errors.push({ field: 'plannedTimes', message: `请填写计划次数（${PLANNED_TIMES.min} 至 ${PLANNED_TIMES.max} 次）` });
  else if (!Number.isInteger(times) || times < PLANNED_TIMES.min || times > PLANNED_TIMES.max)
    errors.push({ field: 'plannedTimes', message: `计划次数须为 ${PLANNED_TIMES.min} 至 ${PLANNED_TIMES.max} 的整数` });
  if (note.trim().length > 500) errors.push({ field: 'note', message: '备注不超过 500 个字，请删减' });
  return errors;
}
