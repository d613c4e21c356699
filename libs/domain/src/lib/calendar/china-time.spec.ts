import { chinaDate, chinaDateTime, chinaInstant } from './china-time';

describe('China time', () => {
  it('chinaDateTime writes the wall-clock minute in China, across the UTC date line', () => {
    expect(chinaDateTime(new Date('2026-12-07T01:30:59Z'))).toBe('2026-12-07 09:30');
    expect(chinaDateTime(new Date('2026-12-06T16:05:00Z'))).toBe('2026-12-07 00:05');
    expect(chinaDate(new Date('2026-12-06T16:05:00Z'))).toBe('2026-12-07');
    expect(chinaDateTime(chinaInstant('2026-02-17', 23, 59))).toBe('2026-02-17 23:59');
  });
});
