import { CLOCK_START_EVENTS } from '../workflow/clock-rules';
import { CIVIL_CODE_RULES, computeDue, extendDue } from './deadline';
import { addDays, HolidayCalendar } from './holiday-calendar';
import { OFFICIAL_HOLIDAYS } from './official-holidays.data';

const calendar = new HolidayCalendar(OFFICIAL_HOLIDAYS);

describe('deadline engine', () => {
  it('counts calendar days from the day after the event (民法典 Art 201)', () => {
    const due = computeDue('2025-03-03', 15, 'DAYS', calendar);
    expect(due.due).toBe('2025-03-18');
    expect(due.explanation[0]).toContain('不计入期间');
  });

  it('names the start day by what it is (registration, acceptance), never as the day an event happened', () => {
    const named = computeDue('2025-03-03', 15, 'DAYS', calendar, { ...CIVIL_CODE_RULES, startEvent: '登记（收到）信访事项之日' });
    expect(named.explanation[0]).toBe('起算：2025年3月3日为登记（收到）信访事项之日，当日不计入期间（民法典第二百零一条），自2025年3月4日起算。');
    expect(computeDue('2025-03-03', 15, 'DAYS', calendar).explanation[0]).toBe('起算：2025年3月3日，当日不计入期间（民法典第二百零一条），自2025年3月4日起算。');
    expect(CLOCK_START_EVENTS.D1).toContain('登记');
    expect(Object.values(CLOCK_START_EVENTS).join('')).not.toContain('事件发生');
  });

  it('starting on the eve of a long holiday, calendar days run through it', () => {
    expect(computeDue('2025-09-30', 15, 'DAYS', calendar).due).toBe('2025-10-15');
  });

  it('moves a due date that lands on a holiday to the next working day, and says why (Art 203)', () => {
    const due = computeDue('2025-01-20', 15, 'DAYS', calendar);
    expect(due.due).toBe('2025-02-05');
    expect(due.explanation.join('')).toContain('2025年2月4日为法定休假日（春节）');
    expect(due.explanation.join('')).toContain('第二百零三条');
  });

  it('a due date on an ordinary Sunday also moves to Monday', () => {
    expect(computeDue('2025-03-01', 15, 'DAYS', calendar).due).toBe('2025-03-17');
  });

  it('counts working days across 调休: the make-up Sunday counts, the holiday week does not', () => {
    const due = computeDue('2025-09-26', 5, 'WORKING_DAYS', calendar);
    expect(due.due).toBe('2025-10-10');
    const text = due.explanation.join('');
    expect(text).toContain('2025年9月28日为调休上班日');
    expect(text).toContain('国庆节、中秋节');
  });

  it('a paused clock (hearing in 复核) extends the period by the paused days', () => {
    const due = computeDue('2025-03-01', 30, 'DAYS', calendar, undefined, [{ from: '2025-03-10', to: '2025-03-14', reason: '听证' }]);
    // 31 March + 5 paused days = 5 April (清明节), so the period ends on 7 April.
    expect(due.due).toBe('2025-04-07');
    expect(due.explanation.join('')).toContain('（听证）不计入期间，顺延 5 日');
  });

  it('Art 34: an extension continues the original count; it is at most 30 days', () => {
    // 60 days from 3 June end on Saturday 2 August; 60 + 30 days end on Monday 1 September.
    const extended = extendDue('2025-06-03', 60, 'DAYS', 30, calendar);
    expect(extended.due).toBe('2025-09-01');
    expect(extended.explanation.join('')).toContain('经批准延长 30 日');
    expect(() => extendDue('2025-06-03', 60, 'DAYS', 31, calendar)).toThrow('不得超过 30 日');
    expect(() => extendDue('2025-06-03', 60, 'DAYS', 0, calendar)).toThrow('1–30 日');
  });

  it('Art 34 with 民法典 Art 203: the postponement past days off is applied once, to the final day of 60 + N days', () => {
    // Accepted 1 July 2025: day 60 is Saturday 30 August (postponed alone to 1 September). Counting the
    // 30 days on from the postponed date ended on 1 October (National Day), postponed again to 9 October.
    const extended = extendDue('2025-07-01', 60, 'DAYS', 30, calendar);
    expect(extended.due).toBe('2025-09-29');
    expect(extended.due).toBe(computeDue('2025-07-01', 90, 'DAYS', calendar).due);
    const text = extended.explanation.join('');
    expect(text).toContain('自原期间最后一日2025年8月30日的次日接续计算');
    expect(text).not.toContain('2025年9月1日');
  });

  it('Art 34 with 民法典 Art 203: an extended period ending on a day off still ends on the next working day', () => {
    // Accepted 2 July 2025: 60 + 30 = 90 days end on Tuesday 30 September; accepted a day later they end on 1 October (国庆节).
    expect(extendDue('2025-07-02', 60, 'DAYS', 30, calendar).due).toBe('2025-09-30');
    const onHoliday = extendDue('2025-07-03', 60, 'DAYS', 30, calendar);
    expect(onHoliday.due).toBe('2025-10-09');
    expect(onHoliday.explanation.join('')).toContain('第二百零三条');
  });

  it('Art 34: for every acceptance day of 2021–2026, the extended due date equals 60 + N days counted once from the start (property)', () => {
    for (let day = '2021-01-01'; day <= '2026-08-31'; day = addDays(day, 1)) {
      for (const n of [1, 15, 30]) expect({ day, n, due: extendDue(day, 60, 'DAYS', n, calendar).due }).toEqual({ day, n, due: computeDue(day, 60 + n, 'DAYS', calendar).due });
    }
  });

  it('can count the start day and skip the holiday rule where a jurisdiction says so', () => {
    const rules = { excludeStartDay: false, extendPastDaysOff: false };
    expect(computeDue('2025-01-20', 15, 'DAYS', calendar, rules).due).toBe('2025-02-03');
  });
});
