import { computeSubsidy, DEFAULT_HALF_SHIFT_PERSON_DAYS, DEFAULT_SUBSIDY_YUAN_PER_DAY, rateOn, type SubsidyRate, type SubsidyShift } from './subsidy';

const RATE_180: SubsidyRate = { effectiveFrom: '2020-01-01', yuanPerPersonDay: DEFAULT_SUBSIDY_YUAN_PER_DAY, halfShiftPersonDays: DEFAULT_HALF_SHIFT_PERSON_DAYS };

/** A shift everyone listed worked, except those listed as absent. */
const shift = (id: string, date: string, type: SubsidyShift['type'], personIds: string[], status: SubsidyShift['status'] = 'COMPLETED', absent: string[] = []): SubsidyShift => ({
  id,
  date,
  type,
  status,
  persons: personIds.map((p) => ({ id: p, worked: status === 'COMPLETED' && !absent.includes(p) })),
});

describe('computeSubsidy (值班补助, DOMAIN.md §3.5)', () => {
  it('full shifts: a completed 24-hour shift pays 1 person-day × 180 元 to each person on it', () => {
    const r = computeSubsidy([shift('a', '2026-03-03', 'H24', ['L1', 'S1', 'S2']), shift('b', '2026-03-04', 'H24', ['L2', 'S1'])], [RATE_180]);
    expect(r.lines).toEqual([
      { personId: 'L1', shifts: 1, personDays: 1, amountFen: 18_000 },
      { personId: 'S1', shifts: 2, personDays: 2, amountFen: 36_000 },
      { personId: 'S2', shifts: 1, personDays: 1, amountFen: 18_000 },
      { personId: 'L2', shifts: 1, personDays: 1, amountFen: 18_000 },
    ]);
    expect(r.totalPersonDays).toBe(5);
    expect(r.totalFen).toBe(90_000);
  });

  it('half shifts: a day or night shift counts 0.5 person-day by default', () => {
    const r = computeSubsidy([shift('d', '2026-05-01', 'DAY', ['L1', 'S1']), shift('n', '2026-05-01', 'NIGHT', ['L2', 'S1'])], [RATE_180]);
    expect(r.lines.find((l) => l.personId === 'S1')).toEqual({ personId: 'S1', shifts: 2, personDays: 1, amountFen: 18_000 });
    expect(r.lines.find((l) => l.personId === 'L1')).toEqual({ personId: 'L1', shifts: 1, personDays: 0.5, amountFen: 9_000 });
    expect(r.totalFen).toBe(36_000);
  });

  it('the half-shift rule is configurable: a local rule paying a whole day per half shift', () => {
    const r = computeSubsidy([shift('d', '2026-05-01', 'DAY', ['L1'])], [{ ...RATE_180, halfShiftPersonDays: 1 }]);
    expect(r.totalPersonDays).toBe(1);
    expect(r.totalFen).toBe(18_000);
  });

  it('a rate change mid-period splits the period: each shift at the rate in force on its date', () => {
    const rates: SubsidyRate[] = [RATE_180, { effectiveFrom: '2026-03-05', yuanPerPersonDay: 200, halfShiftPersonDays: 0.5 }];
    const shifts = ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((d, i) => shift(`s${i}`, d, 'H24', ['L1', 'S1']));
    const r = computeSubsidy(shifts, rates);
    expect(r.segments).toEqual([
      { effectiveFrom: '2020-01-01', yuanPerPersonDay: 180, personDays: 4, amountFen: 72_000 },
      { effectiveFrom: '2026-03-05', yuanPerPersonDay: 200, personDays: 4, amountFen: 80_000 },
    ]);
    expect(r.lines.find((l) => l.personId === 'L1')).toEqual({ personId: 'L1', shifts: 4, personDays: 4, amountFen: 76_000 });
    expect(r.totalFen).toBe(152_000);
  });

  it('a missed shift (缺岗) is unpaid, as is one not completed', () => {
    const r = computeSubsidy(
      [shift('ok', '2026-10-01', 'H24', ['L1', 'S1']), shift('missed', '2026-10-02', 'H24', ['L2', 'S2'], 'MISSED'), shift('open', '2026-10-03', 'H24', ['L1', 'S2'], 'ON_DUTY')],
      [RATE_180],
    );
    expect(r.paidShiftIds).toEqual(['ok']);
    expect(r.unpaid).toEqual([
      { shiftId: 'missed', status: 'MISSED' },
      { shiftId: 'open', status: 'ON_DUTY' },
    ]);
    expect(r.lines.map((l) => l.personId)).toEqual(['L1', 'S1']);
    expect(r.totalFen).toBe(36_000);
  });

  it('DOMAIN.md §3.5: pay is per person-shift actually worked — a rostered member absent from a completed shift is not paid', () => {
    const r = computeSubsidy([shift('a', '2026-03-03', 'H24', ['L1', 'S1', 'S2'], 'COMPLETED', ['S2'])], [RATE_180]);
    expect(r.lines.map((l) => l.personId)).toEqual(['L1', 'S1']);
    expect(r.totalPersonDays).toBe(2);
    expect(r.totalFen).toBe(36_000);
    expect(r.segments).toEqual([{ effectiveFrom: '2020-01-01', yuanPerPersonDay: 180, personDays: 2, amountFen: 36_000 }]);
    expect(r.absent).toEqual([{ shiftId: 'a', personId: 'S2' }]);
  });

  it('refuses a shift before every rate, and pays nothing for nothing', () => {
    expect(() => computeSubsidy([shift('x', '2019-12-31', 'H24', ['L1'])], [RATE_180])).toThrow('没有适用的值班补助标准');
    expect(computeSubsidy([], [RATE_180])).toEqual({ lines: [], segments: [], paidShiftIds: [], unpaid: [], absent: [], totalPersonDays: 0, totalFen: 0 });
  });

  it('rateOn takes the latest rate in force, whatever the list order', () => {
    const rates: SubsidyRate[] = [{ ...RATE_180, effectiveFrom: '2027-01-01', yuanPerPersonDay: 220 }, RATE_180];
    expect(rateOn(rates, '2026-12-31')?.yuanPerPersonDay).toBe(180);
    expect(rateOn(rates, '2027-01-01')?.yuanPerPersonDay).toBe(220);
    expect(rateOn(rates, '2019-01-01')).toBeNull();
  });
});
