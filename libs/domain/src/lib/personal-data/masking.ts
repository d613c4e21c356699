/**
 * Masked display of personal data in every normal response (DOMAIN.md §7.3):
 * ID numbers keep the 6-digit address code and the last 4 characters (`130529********123X`),
 * mobile numbers the first 3 and last 4 digits (`138****0000`), other numbers only the last 4.
 */
export function maskIdNumber(idNumber: string): string {
  const v = idNumber.trim().toUpperCase();
  if (v.length <= 10) return '*'.repeat(v.length);
  return `${v.slice(0, 6)}${'*'.repeat(v.length - 10)}${v.slice(-4)}`;
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
