import * as contracts from '@julu/contracts';

const ENUM_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{3,}$/;

/** Every `*_LABELS` map of @julu/contracts keyed by enum values (`ON_DUTY`), merged: first wording wins. */
export const ENUM_VALUE_LABELS: Readonly<Record<string, string>> = (() => {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(contracts)) {
    if (!name.endsWith('_LABELS') || typeof value !== 'object' || value === null) continue;
    for (const [key, label] of Object.entries(value as Record<string, unknown>)) {
      if (ENUM_VALUE.test(key) && typeof label === 'string' && !(key in merged)) merged[key] = label;
    }
  }
  return merged;
})();

/** True for a value shaped like an enum code (`ADMIN_LITIGATION`, `PLANNED`), which must never reach the screen raw. */
export function isEnumCode(value: string): boolean {
  return ENUM_VALUE.test(value);
}
