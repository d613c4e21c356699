import { computeDue, extendDue } from './deadline';
import { HolidayCalendar } from './holiday-calendar';
import { OFFICIAL_HOLIDAYS } from './official-holidays.data';

const calendar = new HolidayCalendar(OFFICIAL_HOLIDAYS);

describe('deadline engine', () => {
  it('counts calendar days from the day after the event (民法典 Art 201)', () => {
    const due = computeDue('2025-03-03', 15, 'DAYS', calendar);
    expect(due.due).toBe('2025-03-18');
    expect(due.explanation[0]).toContain('不计入期间');
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

  it('an extension of at most 30 days counts on from the original last day', () => {
    const original = computeDue('2025-06-03', 60, 'DAYS', calendar);
    expect(original.due).toBe('2025-08-04');
    const extended = extendDue(original, 30, calendar);
    expect(extended.due).toBe('2025-09-03');
    expect(extended.explanation.join('')).toContain('经批准延长 30 日');
    expect(() => extendDue(original, 31, calendar)).toThrow('不得超过 30 日');
  });

  it('can count the start day and skip the holiday rule where a jurisdiction says so', () => {
    const rules = { excludeStartDay: false, extendPastDaysOff: false };
    expect(computeDue('2025-01-20', 15, 'DAYS', calendar, rules).due).toBe('2025-02-03');
  });
});
