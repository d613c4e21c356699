import type { LocalDate } from '../calendar/holiday-calendar';
import type { ShiftType } from './roster';

/** Julu's standard: 180 元/人/天 (DOMAIN.md §3.5, seed). */
export const DEFAULT_SUBSIDY_YUAN_PER_DAY = 180;
/** A day or night shift counts as half a person-day unless local rules say otherwise. */
export const DEFAULT_HALF_SHIFT_PERSON_DAYS = 0.5;

/** A rate in force from `effectiveFrom` (inclusive) until the next rate's start. */
export interface SubsidyRate {
  effectiveFrom: LocalDate;
  /** 元 per person-day. */
  yuanPerPersonDay: number;
  /** Person-days a DAY or NIGHT shift counts for (0.5 by default; 1 where local rules pay a whole day). */
  halfShiftPersonDays: number;
}

export type SubsidyShiftStatus = 'PLANNED' | 'ON_DUTY' | 'COMPLETED' | 'MISSED';

export interface SubsidyShift {
  id: string;
  date: LocalDate;
  type: ShiftType;
  status: SubsidyShiftStatus;
  /** Everyone rostered on the shift, the leader on duty included, and whether they worked it (checked in and out). */
  persons: readonly { id: string; worked: boolean }[];
}

export interface SubsidyLine {
  personId: string;
  shifts: number;
  personDays: number;
  /** 分 (fen), so sums stay exact. */
  amountFen: number;
}

export interface SubsidySegment {
  effectiveFrom: LocalDate;
  yuanPerPersonDay: number;
  personDays: number;
  amountFen: number;
}

export interface SubsidyComputation {
  lines: SubsidyLine[];
  /** Person-days and amount under each rate that applied (a mid-period rate change shows two). */
  segments: SubsidySegment[];
  paidShiftIds: string[];
  /** Shifts in the range that are not payable (missed, or not completed), with their status. */
  unpaid: { shiftId: string; status: SubsidyShiftStatus }[];
  /** Rostered people absent from a completed shift: their person-shift is not paid. */
  absent: { shiftId: string; personId: string }[];
  totalPersonDays: number;
  totalFen: number;
}

/** The rate in force on a date, or null when the date is before every rate. */
export function rateOn(rates: readonly SubsidyRate[], date: LocalDate): SubsidyRate | null {
  let found: SubsidyRate | null = null;
  for (const r of rates) if (r.effectiveFrom <= date && (!found || r.effectiveFrom > found.effectiveFrom)) found = r;
  return found;
}

export const personDaysOf = (type: ShiftType, rate: SubsidyRate): number => (type === 'H24' ? 1 : rate.halfShiftPersonDays);

/**
 * 值班补助 = Σ over the person-shifts actually worked (DOMAIN.md §3.5: each person who checked in and
 * out of a COMPLETED shift × person-days of the shift × the rate in force on the shift's date).
 * Rostered people who did not work the shift, missed shifts and unfinished shifts are not paid.
 * Amounts are whole fen.
 */
export function computeSubsidy(shifts: readonly SubsidyShift[], rates: readonly SubsidyRate[]): SubsidyComputation {
  const lines = new Map<string, SubsidyLine>();
  const segments = new Map<string, SubsidySegment>();
  const paidShiftIds: string[] = [];
  const unpaid: SubsidyComputation['unpaid'] = [];
  const absent: SubsidyComputation['absent'] = [];
  for (const s of [...shifts].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
    if (s.status !== 'COMPLETED') {
      unpaid.push({ shiftId: s.id, status: s.status });
      continue;
    }
    const rate = rateOn(rates, s.date);
    if (!rate) throw new Error(`${s.date} 没有适用的值班补助标准`);
    const days = personDaysOf(s.type, rate);
    const fen = Math.round(days * rate.yuanPerPersonDay * 100);
    paidShiftIds.push(s.id);
    const workers = s.persons.filter((p) => p.worked).map((p) => p.id);
    for (const p of s.persons) if (!p.worked) absent.push({ shiftId: s.id, personId: p.id });
    for (const p of workers) {
      const line = lines.get(p) ?? { personId: p, shifts: 0, personDays: 0, amountFen: 0 };
      lines.set(p, { ...line, shifts: line.shifts + 1, personDays: line.personDays + days, amountFen: line.amountFen + fen });
    }
    const seg = segments.get(rate.effectiveFrom) ?? { effectiveFrom: rate.effectiveFrom, yuanPerPersonDay: rate.yuanPerPersonDay, personDays: 0, amountFen: 0 };
    segments.set(rate.effectiveFrom, { ...seg, personDays: seg.personDays + days * workers.length, amountFen: seg.amountFen + fen * workers.length });
  }
  const lineList = [...lines.values()];
  return {
    lines: lineList,
    segments: [...segments.values()].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
    paidShiftIds,
    unpaid,
    absent,
    totalPersonDays: lineList.reduce((n, l) => n + l.personDays, 0),
    totalFen: lineList.reduce((n, l) => n + l.amountFen, 0),
  };
}
