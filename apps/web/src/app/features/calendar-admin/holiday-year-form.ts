import type { HolidayYearView } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

export type HolidayYearInput = Omit<HolidayYearView, 'source'>;

/** The 录入放假安排 form as typed. */
export interface HolidayYearDraft {
  year: number | null;
  notice: string;
  holidays: string;
  workdays: string;
}

export const HOLIDAY_YEAR_FIELDS = ['year', 'notice', 'holidays', 'workdays'] as const;

export const emptyHolidayYear = (): HolidayYearDraft => ({ year: null, notice: '', holidays: '', workdays: '' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Holiday = HolidayYearInput['holidays'][number];

/** One festival per line as “名称 起始日期 结束日期” (a one-day holiday may give one date); the first bad line's problem. */
function readHolidays(text: string): Holiday[] | string {
  const holidays: Holiday[] = [];
  for (const [index, line] of text
    .split('\n')
    .map((l) => l.trim())
    .entries()) {
    if (!line) continue;
    const [name, from, to = from] = line.split(/[\s,，]+/);
    if (!name || !from || !DATE.test(from) || !DATE.test(to)) return `第 ${index + 1} 行应为“名称 起始日期 结束日期”，日期格式 YYYY-MM-DD`;
    if (name.length > 20) return `第 ${index + 1} 行的节日名称不能超过 20 个字符`;
    holidays.push({ name, from, to });
  }
  return holidays.length > 0 ? holidays : '请至少录入一个节日，每行一个：名称 起始日期 结束日期';
}

const readWorkdays = (text: string): string[] => text.split(/[\s,，、]+/).filter(Boolean);

/**
 * What the form can tell before the API does, per field: the year, the notice, the festivals as an
 * administrator copies them from the State Council notice, and the 调休 make-up days (dates
 * separated by spaces, commas or line breaks). The server checks the calendar rules again.
 */
export function holidayYearErrors(draft: HolidayYearDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.year || draft.year < 2020 || draft.year > 2100) errors.push({ field: 'year', message: '请填写年份（2020–2100）' });
  if (draft.notice.trim().length < 4) errors.push({ field: 'notice', message: '请填写放假安排通知的文号和日期，例如 国办发明电〔2026〕X号' });
  const holidays = readHolidays(draft.holidays);
  if (typeof holidays === 'string') errors.push({ field: 'holidays', message: holidays });
  const bad = readWorkdays(draft.workdays).find((d) => !DATE.test(d));
  if (bad) errors.push({ field: 'workdays', message: `调休上班日“${bad}”的格式应为 YYYY-MM-DD` });
  return errors;
}

/** The request of a form holidayYearErrors passed. */
export function holidayYearRequest(draft: HolidayYearDraft): HolidayYearInput {
  const holidays = readHolidays(draft.holidays);
  return { year: draft.year ?? 0, notice: draft.notice.trim(), holidays: typeof holidays === 'string' ? [] : holidays, workdays: readWorkdays(draft.workdays) };
}
