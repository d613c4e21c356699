import { weekday } from '@julu/domain';

export interface HolidayYearInput {
  year: number;
  holidays: { name: string; from: string; to: string }[];
  workdays: string[];
}

/** The first problem of an administrator-entered year, in Chinese, or null. */
export function checkHolidayYear(input: HolidayYearInput): { field: string; message: string } | null {
  const inYear = (date: string): boolean => date.startsWith(`${input.year}-`) || date.startsWith(`${input.year - 1}-12-`) || date.startsWith(`${input.year + 1}-01-`);
  if (input.holidays.length === 0) return { field: 'holidays', message: '请至少录入一个节日的放假日期' };
  const sorted = [...input.holidays].sort((a, b) => a.from.localeCompare(b.from));
  for (const [i, h] of sorted.entries()) {
    if (h.from > h.to) return { field: 'holidays', message: `${h.name}：放假起始日期晚于结束日期` };
    if (!inYear(h.from) || !inYear(h.to)) return { field: 'holidays', message: `${h.name}：日期不在 ${input.year} 年内` };
    const next = sorted[i + 1];
    if (next && next.from <= h.to) return { field: 'holidays', message: `${h.name}与${next.name}的放假日期重叠` };
  }
  for (const day of input.workdays) {
    if (!inYear(day)) return { field: 'workdays', message: `调休上班日 ${day} 不在 ${input.year} 年内` };
    const d = weekday(day);
    if (d !== 0 && d !== 6) return { field: 'workdays', message: `调休上班日 ${day} 不是周六或周日` };
    if (sorted.some((h) => h.from <= day && day <= h.to)) return { field: 'workdays', message: `调休上班日 ${day} 落在放假期间内` };
  }
  return null;
}
