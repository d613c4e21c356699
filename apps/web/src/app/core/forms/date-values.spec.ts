import { fromChinaDay, fromInstant, fromTimeOfDay, toChinaDay, toInstant, toTimeOfDay } from './date-values';

describe('date values for the API', () => {
  it('gives the China calendar day, not the UTC one, early in the morning', () => {
    // 07:30 on 8 December in Beijing is still 7 December in UTC.
    expect(toChinaDay(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08');
    expect(toChinaDay(new Date('2026-12-08T15:59:59Z'))).toBe('2026-12-08');
    expect(toChinaDay(new Date('2026-12-08T16:00:00Z'))).toBe('2026-12-09');
  });

  it('round-trips a day through the picker date', () => {
    for (const day of ['2026-01-01', '2026-02-28', '2028-02-29', '2026-12-31']) {
      expect(toChinaDay(fromChinaDay(day) as Date)).toBe(day);
    }
  });

  it.each([[''], [null], [undefined], ['2026-02-30'], ['2026-13-01'], ['20260101'], ['2026-1-1']])('reads %p as no day', (value) => {
    expect(fromChinaDay(value)).toBeNull();
  });

  it('sends a moment as an ISO instant and reads both ISO and a local form default', () => {
    expect(toInstant(new Date('2026-12-08T01:02:00+08:00'))).toBe('2026-12-07T17:02:00.000Z');
    expect(fromInstant('2026-12-07T17:02:00.000Z')?.toISOString()).toBe('2026-12-07T17:02:00.000Z');
    expect(fromInstant('2026-12-08T01:02')).toEqual(new Date(2026, 11, 8, 1, 2));
    expect(fromInstant('')).toBeNull();
    expect(fromInstant('not a date')).toBeNull();
  });

  it('keeps a time of day as HH:mm and reads HH:mm:ss', () => {
    expect(toTimeOfDay(fromTimeOfDay('08:05') as Date)).toBe('08:05');
    expect(toTimeOfDay(fromTimeOfDay('17:30:00') as Date)).toBe('17:30');
    expect(fromTimeOfDay('24:00')).toBeNull();
    expect(fromTimeOfDay('8:5')).toBeNull();
    expect(fromTimeOfDay(null)).toBeNull();
  });
});
