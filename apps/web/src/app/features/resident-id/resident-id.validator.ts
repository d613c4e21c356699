import { validateResidentId } from '@julu/domain';
import type { FieldError } from '../../core/forms/form-errors';

/**
 * The GB 11643 rule from libs/domain — the same function the API's DTO validator uses — as the
 * check page's field error: a number is required, and must pass the rule.
 */
export function residentIdErrors(value: string, today: Date = new Date()): FieldError[] {
  if (value.trim() === '') return [{ field: 'idNumber', message: '请输入要校验的身份证号码（18 位，或 15 位旧号码）' }];
  const result = validateResidentId(value, today);
  return result.valid ? [] : [{ field: 'idNumber', message: result.message }];
}
