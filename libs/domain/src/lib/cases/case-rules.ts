import type { CaseFlags, Channel, VisitedLevel } from '@julu/contracts';

/**
 * 集体访: the statistical convention counts a matter brought by five or more people together as a
 * group visit (DOMAIN.md §1.4, marked [K]: a convention, not a statute). Kept as one constant so a
 * province with another threshold changes it in one place.
 */
export const GROUP_MIN_PEOPLE = 5;

/** 多人走访 elect at most five representatives (2022 《信访工作条例》 Art 20 ¶3). */
export const MAX_GROUP_REPRESENTATIVES = 5;

/**
 * 越级访: a visit must go to the competent organ's level or one level up (Art 20 ¶1). The county
 * is the competent level for Julu matters, so a visit reaching the province or the capital is
 * skip-level; reaching the city (one level up) is not.
 */
const SKIP_LEVELS: readonly VisitedLevel[] = ['PROVINCE', 'NATIONAL'];

/** Written channels, where several signatures make a 联名信. */
const WRITTEN_CHANNELS: readonly Channel[] = ['LETTER', 'ONLINE', 'FAX'];

export interface CaseFlagInput {
  channel: Channel;
  peopleCount: number;
  jointSigners: number;
  visitedLevel: VisitedLevel | null;
  lawRelated: boolean;
}

/** The derived flags of a case (DOMAIN.md §1.4), computed once at registration and stored (repeat is decided later by staff). */
export function caseFlags(input: CaseFlagInput): Omit<CaseFlags, 'repeat'> {
  return {
    group: input.peopleCount >= GROUP_MIN_PEOPLE,
    skipLevel: input.channel === 'VISIT' && input.visitedLevel !== null && SKIP_LEVELS.includes(input.visitedLevel),
    jointLetter: WRITTEN_CHANNELS.includes(input.channel) && input.jointSigners >= 2,
    lawRelated: input.lawRelated,
  };
}

/** 信访件编号: county code + year + a six-digit per-year sequence, e.g. 1305292026000042. */
export function formatCaseNo(countyCode: string, year: number, sequence: number): string {
  if (!/^\d{6}$/.test(countyCode)) throw new Error(`county code must be 6 digits: ${countyCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new Error(`case sequence out of range: ${sequence}`);
  return `${countyCode}${year}${String(sequence).padStart(6, '0')}`;
}
