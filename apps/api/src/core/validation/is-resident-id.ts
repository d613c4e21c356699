import { validateResidentId } from '@julu/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** class-validator decorator backed by the GB 11643 rule in libs/domain. */
export function IsResidentId(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isResidentId',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateResidentId(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          if (typeof value !== 'string') return '身份证号码必须是文本';
          const result = validateResidentId(value);
          return result.valid ? '' : result.message;
        },
      },
    });
  };
}
