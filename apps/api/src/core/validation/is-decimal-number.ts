import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimal places. Replaces class-validator's
 * `@IsNumber({ maxDecimalPlaces })`, which throws (a 500) on numbers JSON writes in exponent form
 * (`5e-324`, `1e21`) instead of refusing them.
 */
export function IsDecimalNumber(places: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isDecimalNumber',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [places],
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: () => `应为数字，最多 ${places} 位小数`,
      },
    });
  };
}
