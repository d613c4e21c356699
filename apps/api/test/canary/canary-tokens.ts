import { randomBytes, randomInt } from 'node:crypto';

/** The people the sweep calls as: one per role, two per local role (one accused or foreign, one not). */
export const VIEWERS = ['ADMIN', 'SUPERVISOR', 'RECEPTION', 'OFFICER_A', 'OFFICER_B', 'HANDLER_H', 'HANDLER_X'] as const;
export type Viewer = (typeof VIEWERS)[number];
export const COUNTY_VIEWERS: readonly Viewer[] = ['ADMIN', 'SUPERVISOR', 'RECEPTION'];

/**
 * A unique string planted in one record (its title, its petitioner's name, every free text it has),
 * with the viewers who must never meet it in any response.
 */
export interface Canary {
  token: string;
  /** What the token marks, for the report (e.g. "accusation against 巨鹿镇"). */
  label: string;
  hiddenFrom: readonly Viewer[];
}

/** A canary petitioner's identity, which no GET response may show whole (only the audited reveal may). */
export interface CanaryIdentity {
  label: string;
  idNumber: string;
  mobile: string;
  /** Digits 7–14 of the ID number: with the mask (first 6, last 4) they complete it. */
  birthDigits: string;
}

export const newToken = (): string => `CANARY-${randomBytes(4).toString('hex')}`;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A valid resident ID number of 巨鹿县 (GB 11643) born on an unusual 1930s date, and a mobile number. */
export function newIdentity(label: string): CanaryIdentity {
  const birth = `193${randomInt(0, 10)}${String(randomInt(1, 13)).padStart(2, '0')}${String(randomInt(10, 29)).padStart(2, '0')}`;
  const body = `130529${birth}${String(randomInt(100, 1000))}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (WEIGHTS[i] ?? 0), 0);
  const mobile = `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  return { label, idNumber: `${body}${CHECK[sum % 11]}`, mobile, birthDigits: birth };
}

export interface Leak {
  route: string;
  url: string;
  viewer: Viewer;
  what: string;
}

/** Every way a birth date is written in a response: 19350412, 1935-04-12, 1935/04/12, 1935年4月12日. */
const birthForms = (d: string): string[] => {
  const [y, m, day] = [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8)];
  return [d, `${y}-${m}-${day}`, `${y}/${m}/${day}`, `${y}年${Number(m)}月${Number(day)}日`];
};

/**
 * The leaks in one response: a canary token the viewer may not see (or the id of a record it may
 * not see, unless the request itself named it), a whole ID number or mobile number, or a birth
 * date that completes a masked ID number.
 */
export function findLeaks(
  text: string,
  at: { route: string; url: string; viewer: Viewer },
  canaries: readonly Canary[],
  identities: readonly CanaryIdentity[],
  hiddenIds: ReadonlyMap<string, Canary>,
): Leak[] {
  const leaks: Leak[] = [];
  const upper = text.toUpperCase();
  for (const c of canaries) {
    if (c.hiddenFrom.includes(at.viewer) && text.includes(c.token)) leaks.push({ ...at, what: `token of ${c.label}` });
  }
  for (const [id, c] of hiddenIds) {
    if (c.hiddenFrom.includes(at.viewer) && text.includes(id) && !at.url.includes(id)) leaks.push({ ...at, what: `record id of ${c.label}` });
  }
  for (const p of identities) {
    if (upper.includes(p.idNumber)) leaks.push({ ...at, what: `whole ID number of ${p.label}` });
    if (text.includes(p.mobile)) leaks.push({ ...at, what: `whole mobile number of ${p.label}` });
    if (birthForms(p.birthDigits).some((f) => text.includes(f))) leaks.push({ ...at, what: `birth date completing the masked ID of ${p.label}` });
  }
  return leaks;
}
