import { validateSync } from 'class-validator';
import { IsDecimalNumber } from './is-decimal-number';

class Amount {
  @IsDecimalNumber(2)
  yuan!: unknown;
}

const errors = (yuan: unknown): number => validateSync(Object.assign(new Amount(), { yuan })).length;

describe('IsDecimalNumber', () => {
  it('accepts finite numbers with at most the given decimal places', () => {
    for (const ok of [0, 1, 1.5, 12.34, -3.2, 1e21]) expect(errors(ok)).toBe(0);
  });

  it('refuses more places, exponent-form fractions, non-finite numbers and non-numbers without throwing', () => {
    for (const bad of [1.234, 5e-324, 1e-7, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, '1', null, [1]]) expect(errors(bad)).toBe(1);
  });
});
