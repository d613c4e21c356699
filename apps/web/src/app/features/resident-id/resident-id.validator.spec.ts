import { FormControl } from '@angular/forms';
import { residentIdValidator } from './resident-id.validator';

describe('residentIdValidator (libs/domain GB 11643 rule)', () => {
  const today = (): Date => new Date('2026-11-25T04:00:00Z');
  const errorsFor = (value: string): unknown => new FormControl(value, residentIdValidator(today)).errors;

  it('accepts the DOMAIN.md vector and a lower-case x', () => {
    expect(errorsFor('11010519491231002X')).toBeNull();
    expect(errorsFor('11010519491231002x')).toBeNull();
  });

  it('accepts a legacy 15-digit number', () => {
    expect(errorsFor('110105491231002')).toBeNull();
  });

  it('reports a wrong check character with the Chinese checksum message', () => {
    expect(errorsFor('110105194912310021')).toEqual({ residentId: '身份证号码校验位不正确，请核对号码是否抄错' });
  });

  it('reports a wrong length as a format problem', () => {
    expect(errorsFor('1101051949')).toEqual({ residentId: expect.stringContaining('18位') });
  });

  it('leaves an empty value to Validators.required', () => {
    expect(errorsFor('')).toBeNull();
  });
});
