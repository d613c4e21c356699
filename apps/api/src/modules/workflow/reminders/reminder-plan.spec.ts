import { chinaInstant, HolidayCalendar, OFFICIAL_HOLIDAYS } from '@julu/domain';
import { planReminders, reminderJobId } from './reminder-plan';

const calendar = new HolidayCalendar(OFFICIAL_HOLIDAYS);

describe('planReminders', () => {
  // D5 started Thu 2026-09-03, due Mon 2026-11-02: T−5 = Mon 10-26, T−1 = Fri 10-30, breach = Tue 11-03.
  const plan = (now: string) => planReminders('2026-09-03', '2026-11-02', calendar, new Date(now)).map((r) => [r.kind, r.at.toISOString()]);

  it('plans T−5 and T−1 at 08:30 Beijing time on working days, and the breach at midnight after the due date', () => {
    expect(plan('2026-09-03T02:00:00Z')).toEqual([
      ['REMINDER_T5', chinaInstant('2026-10-26', 8, 30).toISOString()],
      ['REMINDER_T1', chinaInstant('2026-10-30', 8, 30).toISOString()],
      ['BREACH', chinaInstant('2026-11-03').toISOString()],
    ]);
  });

  it('still sends a reminder whose time passed while the next one is not yet due, but drops a superseded one', () => {
    expect(plan('2026-10-27T02:00:00Z').map(([kind]) => kind)).toEqual(['REMINDER_T5', 'REMINDER_T1', 'BREACH']);
    expect(plan('2026-10-31T02:00:00Z').map(([kind]) => kind)).toEqual(['REMINDER_T1', 'BREACH']);
    expect(plan('2026-11-05T02:00:00Z').map(([kind]) => kind)).toEqual(['BREACH']);
  });

  it('skips reminders that would fall before a short clock starts (D4: 5 working days)', () => {
    const kinds = planReminders('2026-11-02', '2026-11-09', calendar, new Date('2026-11-02T02:00:00Z')).map((r) => r.kind);
    expect(kinds).toEqual(['REMINDER_T1', 'BREACH']);
  });

  it('keys each job by clock, version and kind', () => {
    expect(reminderJobId('c1', 3, 'REMINDER_T1')).toBe('reminder-c1-v3-REMINDER_T1');
  });
});
