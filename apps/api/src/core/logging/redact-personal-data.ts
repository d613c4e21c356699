/**
 * Personal numbers that must never reach a log line: resident ID numbers (18 characters with a
 * possible X check character, and the old 15-digit form), mainland mobile numbers (with or without
 * +86/0086, spaced or dashed) and landlines with an area code. A number is matched only as a whole
 * token (no letter or digit right before or after it, no '.' before it), and UUIDs (request ids, record ids) are
 * passed over whole, so an id that happens to contain a digit run stays readable.
 */
const PATTERN = new RegExp(
  [
    '(?<uuid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})',
    // Not after a '.': the fraction of a logged decimal (0.0123456789) is no phone number.
    '(?<![0-9A-Za-z.])(?:' +
      ['(?<id>\\d{17}[\\dXx]|\\d{15})', '(?<mobile>(?:(?:\\+|00)?86[\\s-]?)?1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4})', '(?<landline>\\(?0\\d{2,3}\\)?[\\s-]?\\d{7,8})'].join('|') +
      ')(?![0-9A-Za-z])',
  ].join('|'),
  'g',
);

export const REDACTED_ID_NUMBER = '[REDACTED-ID]';
export const REDACTED_PHONE = '[REDACTED-PHONE]';

export function redactPersonalData(text: string): string {
  return text.replace(PATTERN, (match: string, ...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    if (groups['uuid']) return match;
    return groups['id'] ? REDACTED_ID_NUMBER : REDACTED_PHONE;
  });
}

/** A request URL with its personal numbers redacted; percent-encoding is undone first so `%20` or `%2B86` cannot hide one. */
export function redactUrl(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    // A malformed escape: redact the URL as it came.
  }
  return redactPersonalData(decoded);
}
