import { maskIdNumber, maskPhone, normalizePhone } from './masking';

describe('personal data masking', () => {
  it.each([
    ['13052919800101123x', '1305**********123X'],
    ['11010519491231002X', '1101**********002X'],
    ['110105491231002', '1101*******1002'],
    ['E1234567890', 'E123***7890'],
    ['E12345678', '*********'],
    ['12345', '*****'],
  ])('masks the ID number %s as %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it('never shows the birth date digits (7–14) nor the county digits (5–6) of a resident ID', () => {
    const masked = maskIdNumber('13052919800101123X');
    expect(masked.slice(4, 14)).toBe('*'.repeat(10));
  });

  it.each([
    ['13800000000', '138****0000'],
    ['+86 138-0000-0000', '138****0000'],
    ['0319-1234567', '*******4567'],
    ['110', '***'],
  ])('masks the phone %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('normalises phones to bare digits without the country prefix', () => {
    expect(normalizePhone('+86 138 0000 0000')).toBe('13800000000');
    expect(normalizePhone('0086-13800000000')).toBe('13800000000');
    expect(normalizePhone('(0319) 123-4567')).toBe('03191234567');
  });
});
