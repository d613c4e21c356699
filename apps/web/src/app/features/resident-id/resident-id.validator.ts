import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { validateResidentId } from '@julu/domain';

/**
 * The GB 11643 rule from libs/domain — the same function the API's DTO validator uses.
 * Error: `{ residentId: '<Chinese message>' }`. Empty values are left to `Validators.required`.
 */
export function residentIdValidator(today: () => Date = () => new Date()): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    if (typeof value !== 'string' || value.trim() === '') return null;
    const result = validateResidentId(value, today());
    return result.valid ? null : { residentId: result.message };
  };
}
