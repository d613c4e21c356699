/**
 * Masked display of personal data in every normal response (DOMAIN.md §7.3).
 *
 * ID numbers keep the first 4 and the last 4 characters (`1305**********123X`). Why these: the
 * views also show the gender and the birth year (never the birth date), and a township, which
 * often implies the county code (digits 5–6). Hidden stay digits 5–6 and the month and day of
 * birth (digits 11–14); the visible check character cuts the candidates by 11, leaving about
 * 20 counties × 365 days / 11 ≈ 660 numbers, or about 33 when the county is guessed from the
 * township. The former mask (first 6 + last 4) left only the birth date hidden, and the birth date
 * was shown beside it: together they were the whole number. The last 4 stay because the desk
 * confirms a person by them (身份证后四位), as the public case lookup does.
 * The new mask is the old one with characters 5–6 starred, so stored masks migrate without the key.
 *
 * Mobile numbers keep the first 3 and last 4 digits (`138****0000`), other numbers only the last 4.
 */
export function maskIdNumber(idNumber: string): string {
  const v = idNumber.trim().toUpperCase();
  if (v.length <= 10) return '*'.repeat(v.length);
  return `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  const digits = normalizePhone(phone);
  if (digits.length === 11 && digits.startsWith('1')) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** Digits only, without a +86/0086 country prefix: the form blind indexes are computed on. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2);
  if (digits.length === 15 && digits.startsWith('0086')) return digits.slice(4);
  return digits;
}
