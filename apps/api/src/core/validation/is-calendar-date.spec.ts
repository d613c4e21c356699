import { isCalendarDate } from './is-calendar-date';

describe('isCalendarDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '1000-01-01', '9999-12-31'])('accepts %s', (day) => expect(isCalendarDate(day)).toBe(true));

  it.each(['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '0000-01-01', '0999-12-31', '2026-1-1', ' 2026-01-01', '2026-01-01T00:00', 20260101, null])(
    'refuses %p',
    (day) => expect(isCalendarDate(day)).toBe(false),
  );
});
