import fc from 'fast-check';
import { DEFAULT_REPORT_LIMITS, limitState, reportLimitsProblem, reportRate, reportTimeliness } from './report-timeliness';

const DISCOVERED = new Date('2026-03-05T02:00:00Z'); // 10:00 in Julu
const at = (minutes: number): Date => new Date(DISCOVERED.getTime() + minutes * 60_000);
const incident = (phone: number | null, written: number | null, source: 'SELF' | 'UPPER_NOTICE' = 'SELF') => ({
  discoveredAt: DISCOVERED,
  source,
  phoneReportedAt: phone === null ? null : at(phone),
  writtenReportedAt: written === null ? null : at(written),
});

describe('incident report timeliness (DOMAIN.md §4.2–4.3)', () => {
  it.each([
    ['reported on time', 25, 55, 120, 'ON_TIME', true, 'MET', 'MET'],
    ['on the very minute of both limits', 30, 60, 120, 'ON_TIME', true, 'MET', 'MET'],
    ['phone late', 31, 50, 120, 'PHONE_LATE', false, 'LATE', 'MET'],
    ['written late', 10, 61, 120, 'WRITTEN_LATE', false, 'MET', 'LATE'],
    ['both late', 45, 90, 120, 'BOTH_LATE', false, 'LATE', 'LATE'],
    ['never reported', null, null, 120, 'NOT_REPORTED', false, 'OVERDUE', 'OVERDUE'],
    ['phoned, written never sent', 20, null, 120, 'WRITTEN_LATE', false, 'MET', 'OVERDUE'],
    ['nothing yet, within the limits', null, null, 10, 'PENDING', false, 'OPEN', 'OPEN'],
    ['phoned, written still due', 20, null, 40, 'PENDING', false, 'MET', 'OPEN'],
    ['phone limit passed, written still due', null, null, 40, 'PHONE_LATE', false, 'OVERDUE', 'OPEN'],
  ] as const)('%s', (_, phone, written, nowMinutes, verdict, counts, phoneStatus, writtenStatus) => {
    const t = reportTimeliness(incident(phone, written), DEFAULT_REPORT_LIMITS, at(nowMinutes));
    expect(t.verdict).toBe(verdict);
    expect(t.countsAsReported).toBe(counts);
    expect(t.phone.status).toBe(phoneStatus);
    expect(t.written.status).toBe(writtenStatus);
  });

  it('gives due times and minutes late for the countdown', () => {
    const t = reportTimeliness(incident(33, null), DEFAULT_REPORT_LIMITS, at(75));
    expect(t.phone.dueAt).toEqual(at(30));
    expect(t.phone.minutesLate).toBe(3);
    expect(t.written.dueAt).toEqual(at(60));
    expect(t.written.minutesLate).toBe(15);
    expect(limitState(DISCOVERED, null, 30, at(12)).minutesLate).toBeNull();
  });

  it('applies configured limits (e.g. a county rule of 20 and 40 minutes)', () => {
    const limits = { phoneMinutes: 20, writtenMinutes: 40 };
    expect(reportTimeliness(incident(25, 35), limits, at(60)).verdict).toBe('PHONE_LATE');
    expect(reportTimeliness(incident(15, 45), limits, at(60)).verdict).toBe('WRITTEN_LATE');
    expect(reportTimeliness(incident(15, 35), limits, at(60)).verdict).toBe('ON_TIME');
  });

  it('never counts an incident first heard of from an upper level as reported', () => {
    expect(reportTimeliness(incident(null, null, 'UPPER_NOTICE'), DEFAULT_REPORT_LIMITS, at(5)).verdict).toBe('NOT_REPORTED');
    const reportedAfter = reportTimeliness(incident(5, 10, 'UPPER_NOTICE'), DEFAULT_REPORT_LIMITS, at(20));
    expect(reportedAfter.countsAsReported).toBe(false);
  });

  it('DOMAIN.md §4.3: an incident first learned of from an upper-level 通报 ends as not reported, never pending', () => {
    // Phoned in at once after the 通报, the written limit still open: still not reported, not 报告时限内.
    for (const [phone, written, now] of [
      [2, null, 5],
      [5, 10, 20],
      [null, null, 5],
    ] as const) {
      expect(reportTimeliness(incident(phone, written, 'UPPER_NOTICE'), DEFAULT_REPORT_LIMITS, at(now)).verdict).toBe('NOT_REPORTED');
    }
  });

  it('counts as reported exactly when both reports were within their limits (property)', () => {
    const minutes = fc.option(fc.integer({ min: 0, max: 300 }), { nil: null });
    fc.assert(
      fc.property(minutes, minutes, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 120 }), (phone, written, now, p, extra) => {
        const limits = { phoneMinutes: p, writtenMinutes: p + extra };
        const t = reportTimeliness(incident(phone, written), limits, at(Math.max(now, phone ?? 0, written ?? 0)));
        const expected = phone !== null && written !== null && phone <= p && written <= p + extra;
        expect(t.countsAsReported).toBe(expected);
      }),
    );
  });

  it('computes the report rate over the incidents that occurred', () => {
    expect(reportRate([])).toEqual({ reported: 0, total: 0, rate: null });
    expect(reportRate([{ countsAsReported: true }, { countsAsReported: false }, { countsAsReported: true }, { countsAsReported: true }])).toEqual({
      reported: 3,
      total: 4,
      rate: 0.75,
    });
  });

  it.each([
    [{ phoneMinutes: 30, writtenMinutes: 60 }, null],
    [{ phoneMinutes: 60, writtenMinutes: 30 }, '电话报告时限不能长于书面报告时限'],
    [{ phoneMinutes: 0, writtenMinutes: 30 }, '报告时限至少为 1 分钟'],
    [{ phoneMinutes: 1.5, writtenMinutes: 30 }, '报告时限应为整数分钟'],
    [{ phoneMinutes: 30, writtenMinutes: 2000 }, '报告时限不能超过 24 小时'],
  ])('checks configured limits %j', (limits, problem) => {
    expect(reportLimitsProblem(limits)).toBe(problem);
  });
});
