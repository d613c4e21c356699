import type { HolidayYearView } from '@julu/contracts';

export type HolidayYearInput = Omit<HolidayYearView, 'source'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the year as an administrator copies it from the State Council notice: one festival per
 * line as “名称 起始日期 结束日期” (a one-day holiday may give one date), and the 调休 make-up
 * days as dates separated by spaces, commas or line breaks. Returns the request, or the first
 * problem in Chinese (the server checks the calendar rules again).
 */
export function parseHolidayYear(year: number | null, notice: string, holidaysText: string, workdaysText: string): HolidayYearInput | string {
  if (!year || year < 2020 || year > 2100) return '请填写年份（2020–2100）';
  if (notice.trim().length < 4) return '请填写放假安排通知的文号和日期';
  const holidays: HolidayYearInput['holidays'] = [];
  for (const [index, line] of holidaysText
    .split('\n')
    .map((l) => l.trim())
    .entries()) {
    if (!line) continue;
    const [name, from, to = from] = line.split(/[\s,，]+/);
    if (!name || !from || !DATE.test(from) || !DATE.test(to)) return `第 ${index + 1} 行应为“名称 起始日期 结束日期”，日期格式 YYYY-MM-DD`;
    holidays.push({ name, from, to });
  }
  if (holidays.length === 0) return '请至少录入一个节日';
  const workdays = workdaysText.split(/[\s,，、]+/).filter(Boolean);
  const bad = workdays.find((d) => !DATE.test(d));
  if (bad) return `调休上班日“${bad}”的格式应为 YYYY-MM-DD`;
  return { year, notice: notice.trim(), holidays, workdays };
}
