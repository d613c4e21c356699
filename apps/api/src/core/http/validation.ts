import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { API_ERROR_CODES } from '@julu/contracts';

export interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Global pipe: strips nothing silently — unknown fields are rejected and named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const unknown = errors.filter((e) => e.constraints?.['whitelistValidation']).map((e) => e.property);
      if (unknown.length > 0) {
        return new BadRequestException({
          code: API_ERROR_CODES.UNKNOWN_FIELD,
          message: `请求中包含不允许的字段：${unknown.join('、')}`,
          details: fields,
        });
      }
      return new BadRequestException({
        code: API_ERROR_CODES.VALIDATION_FAILED,
        message: `请检查以下字段：${fields.map((f) => `${f.field}（${f.problems.join('；')}）`).join('，')}`,
        details: fields,
      });
    },
  });
}
