import type { FieldError } from '../../core/forms/form-errors';

/** The controls of 每周排查报告 (the template's `data-field`s). */
export const WEEKLY_REPORT_FIELDS = ['note'] as const;

/** The longest 排查情况说明 the API takes (WeeklyReportDto). */
const NOTE_MAX = 2000;

/**
 * 每周排查报告 as the API checks it (WeeklyReportDto: the note at most 2000 characters); a report
 * that is not a zero report says what the week's screening found, as the form always asked. [] = fine.
 */
export function weeklyReportErrors(zeroReport: boolean, note: string): FieldError[] {
  const text = note.trim();
  if (text.length > NOTE_MAX) return [{ field: 'note', message: `排查情况说明不超过 ${NOTE_MAX} 个字，请删减` }];
  if (!zeroReport && !text) return [{ field: 'note', message: '请填写排查情况说明；本周无新增隐患的，请选零报告' }];
  return [];
}
