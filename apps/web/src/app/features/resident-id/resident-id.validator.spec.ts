import { residentIdErrors } from './resident-id.validator';

describe('residentIdErrors (libs/domain GB 11643 rule)', () => {
  const today = new Date('2026-11-25T04:00:00Z');
  const errorsFor = (value: string): unknown => residentIdErrors(value, today);

  it('accepts the DOMAIN.md vector and a lower-case x', () => {
    expect(errorsFor('11010519491231002X')).toEqual([]);
    expect(errorsFor('11010519491231002x')).toEqual([]);
  });

  it('accepts a legacy 15-digit number', () => {
    expect(errorsFor('110105491231002')).toEqual([]);
  });

  it('reports a wrong check character with the Chinese checksum message, on the number', () => {
    expect(errorsFor('110105194912310021')).toEqual([{ field: 'idNumber', message: '身份证号码校验位不正确，请核对号码是否抄错' }]);
  });

  it('reports a wrong length as a format problem', () => {
    expect(errorsFor('1101051949')).toEqual([{ field: 'idNumber', message: expect.stringContaining('18位') }]);
  });

  it('asks for a number when none is typed', () => {
    expect(errorsFor('  ')).toEqual([{ field: 'idNumber', message: expect.stringContaining('请输入') }]);
  });
});
