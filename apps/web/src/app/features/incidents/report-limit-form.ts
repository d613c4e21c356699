import type { FieldError } from '../../core/forms/form-errors';

/** The API's bounds on a report limit: whole minutes, at most a day. */
export const LIMIT_MINUTES = { min: 1, max: 1440 } as const;

/** The controls of one level's limits (the template's `data-field`s). */
export const REPORT_LIMIT_FIELDS = ['phoneMinutes', 'writtenMinutes'] as const;

/** One limit as the API checks it (UpdateReportLimitDto); null = fine. */
function limitProblem(label: string, value: number | string | null): string | null {
  if (value === null || value === '') return `请填写${label}（${LIMIT_MINUTES.min} 至 ${LIMIT_MINUTES.max} 分钟）`;
  const minutes = Number(value);
  if (!Number.isInteger(minutes)) return `${label}须为整数分钟`;
  if (minutes < LIMIT_MINUTES.min) return `${label}至少为 ${LIMIT_MINUTES.min} 分钟`;
  return minutes > LIMIT_MINUTES.max ? `${label}不能超过 24 小时（${LIMIT_MINUTES.max} 分钟）` : null;
}

/** What the API would refuse in one level's limits, each on its control; [] = fine. */
export function reportLimitErrors(phone: number | string | null, written: number | string | null): FieldError[] {
  return [
    { field: 'phoneMinutes', message: limitProblem('电话报告时限', phone) },
    { field: 'writtenMinutes', message: limitProblem('书面报告时限', written) },
  ].flatMap(({ field, message }) => (message ? [{ field, message }] : []));
}
