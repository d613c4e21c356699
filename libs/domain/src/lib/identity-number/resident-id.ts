/**
 * GB 11643-1999 citizen identity number (公民身份号码) check.
 *
 * Structure: 6-digit address code + 8-digit birth date (YYYYMMDD) + 3-digit sequence
 * (odd = male, even = female) + 1 check character (ISO 7064 MOD 11-2).
 * The address code is deliberately not checked against the current GB/T 2260 list: codes are
 * retired over time while people keep their numbers (DOMAIN.md §2.1).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
/** Earliest birth year accepted; a guard against typos such as 0985 for 1985. */
const MIN_BIRTH_YEAR = 1850;

export type ResidentIdError = 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE_INVALID' | 'BIRTH_DATE_FUTURE';

export const RESIDENT_ID_ERROR_MESSAGES: Readonly<Record<ResidentIdError, string>> = {
  FORMAT: '身份证号码应为18位（前17位为数字，最后一位为数字或X），或15位数字的旧号码',
  CHECKSUM: '身份证号码校验位不正确，请核对号码是否抄错',
  BIRTH_DATE_INVALID: '身份证号码中的出生日期不是有效日期',
  BIRTH_DATE_FUTURE: '身份证号码中的出生日期晚于今天',
};

/**
 * Added where a number was entered as a 居民身份证 (the form's 证件类型): a number that fails the
 * check may belong to another document, and the person at the desk must then say so explicitly.
 */
export const OTHER_DOCUMENT_HINT = '如持其他证件，请将“证件类型”改为相应证件';

/** The message for a number entered as a 居民身份证 that fails the check, null when it passes. */
export function residentIdEntryProblem(input: string, today: Date = new Date()): string | null {
  const result = validateResidentId(input, today);
  return result.valid ? null : `${result.message}；${OTHER_DOCUMENT_HINT}`;
}

export type Gender = 'MALE' | 'FEMALE';

export interface ResidentIdInfo {
  valid: true;
  /** 18-character number, upper-case X; legacy 15-digit input is converted. */
  normalized: string;
  addressCode: string;
  /** ISO date, YYYY-MM-DD. */
  birthDate: string;
  gender: Gender;
  /** True when the input was a legacy 15-digit number. */
  convertedFromLegacy: boolean;
}

export interface ResidentIdFailure {
  valid: false;
  error: ResidentIdError;
  message: string;
}

export type ResidentIdResult = ResidentIdInfo | ResidentIdFailure;

/** The MOD 11-2 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('residentIdCheckChar expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * WEIGHTS[i];
  }
  return CHECK_CHARS[sum % 11];
}

/**
 * Converts a legacy 15-digit number (YYMMDD birth date, no check character) to 18 characters:
 * the century "19" is inserted, or "18" for the centenarian sequences 996–999.
 */
export function convertLegacyResidentId(id15: string): string {
  if (!/^\d{15}$/.test(id15)) {
    throw new RangeError('convertLegacyResidentId expects exactly 15 digits');
  }
  const sequence = Number(id15.slice(12, 15));
  const century = sequence >= 996 ? '18' : '19';
  const first17 = id15.slice(0, 6) + century + id15.slice(6);
  return first17 + residentIdCheckChar(first17);
}

export function validateResidentId(input: string, today: Date = new Date()): ResidentIdResult {
  const raw = input.trim();
  let normalized: string;
  let convertedFromLegacy = false;
  if (/^\d{15}$/.test(raw)) {
    normalized = convertLegacyResidentId(raw);
    convertedFromLegacy = true;
  } else if (/^\d{17}[\dXx]$/.test(raw)) {
    normalized = raw.toUpperCase();
  } else {
    return failure('FORMAT');
  }

  const birth = normalized.slice(6, 14);
  const dateError = checkBirthDate(birth, today);
  if (dateError) return failure(dateError);

  if (!convertedFromLegacy && residentIdCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return failure('CHECKSUM');
  }

  return {
    valid: true,
    normalized,
    addressCode: normalized.slice(0, 6),
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    gender: Number(normalized[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    convertedFromLegacy,
  };
}

export function isValidResidentId(input: string, today: Date = new Date()): boolean {
  return validateResidentId(input, today).valid;
}

function failure(error: ResidentIdError): ResidentIdFailure {
  return { valid: false, error, message: RESIDENT_ID_ERROR_MESSAGES[error] };
}

function checkBirthDate(yyyymmdd: string, today: Date): ResidentIdError | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < MIN_BIRTH_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return 'BIRTH_DATE_INVALID';
  }
  if (yyyymmdd > shanghaiDateKey(today)) return 'BIRTH_DATE_FUTURE';
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date as YYYYMMDD in China Standard Time, the users' zone, whatever the server's TZ. */
function shanghaiDateKey(now: Date): string {
  const shifted = new Date(now.getTime() + 8 * 60 * 60 * 1000);
  const y = shifted.getUTCFullYear();
  const m = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const d = String(shifted.getUTCDate()).padStart(2, '0');
  return `${y}${m}${d}`;
}
