import type { DutyShiftView } from '@julu/contracts';
import { monthGrid } from './month-grid';

describe('monthGrid', () => {
  it('lays out March 2026 in Monday-first weeks with each day’s shifts', () => {
    const shift = { id: 's', date: '2026-03-05' } as DutyShiftView;
    const weeks = monthGrid('2026-03', [shift]);
    expect(weeks[0][0].date).toBe('2026-02-23');
    expect(weeks[0][6]).toEqual({ date: '2026-03-01', inMonth: true, shifts: [] });
    expect(weeks.flat().find((c) => c.date === '2026-03-05')?.shifts).toEqual([shift]);
    expect(weeks.at(-1)?.at(-1)?.date).toBe('2026-04-05');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});
