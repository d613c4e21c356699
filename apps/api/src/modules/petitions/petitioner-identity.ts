import { type IdType } from '@julu/contracts';
import { normalizePhone, OTHER_DOCUMENT_HINT, validateResidentId } from '@julu/domain';
import { invalidField } from '../../core/http/api-errors';

export interface NormalizedIdentity {
  idNumber: string | null;
  gender: 'MALE' | 'FEMALE' | null;
  /** Only the year is kept: the full date would complete the masked ID number. */
  birthYear: number | null;
}

/**
 * A resident ID number is checked (GB 11643) and normalised to 18 characters, with gender and
 * birth year derived from it; other documents are kept as written (trimmed, upper-case).
 */
export function normalizeIdentity(idType: IdType, idNumber: string | undefined): NormalizedIdentity {
  if (!idNumber?.trim()) return { idNumber: null, gender: null, birthYear: null };
  if (idType !== 'RESIDENT_ID') return { idNumber: idNumber.trim().toUpperCase(), gender: null, birthYear: null };
  const result = validateResidentId(idNumber);
  // The type is chosen explicitly at the desk: a failed check is refused, never stored as another document.
  if (!result.valid) throw invalidField('idNumber', `${result.message}；${OTHER_DOCUMENT_HINT}`);
  return { idNumber: result.normalized, gender: result.gender, birthYear: Number(result.birthDate.slice(0, 4)) };
}

/** The form a number is stored, indexed and looked up in (digits, no country prefix). */
export function normalizeMobile(mobile: string | undefined): string | null {
  if (!mobile?.trim()) return null;
  const digits = normalizePhone(mobile);
  if (!/^1\d{10}$/.test(digits)) throw invalidField('mobile', '手机号码须为 11 位数字，以 1 开头');
  return digits;
}

export function normalizeLandline(landline: string | undefined): string | null {
  if (!landline?.trim()) return null;
  const digits = normalizePhone(landline);
  if (!/^\d{7,12}$/.test(digits)) throw invalidField('landline', '固定电话须为 7–12 位数字（可含区号，如 0319-1234567）');
  return digits;
}

/** Lookup key for a typed-in ID number: a valid resident ID is normalised, anything else upper-cased. */
export function idNumberLookupKey(input: string): string {
  const result = validateResidentId(input);
  return result.valid ? result.normalized : input.trim().toUpperCase();
}
