import { chinaInstant } from '../calendar/china-time';
import { addDays, type LocalDate } from '../calendar/holiday-calendar';

/** 24-hour shifts (24小时值班) or a day shift and a night shift per day (白班/夜班). */
export type ShiftPattern = 'H24' | 'DAY_NIGHT';
export type ShiftType = 'H24' | 'DAY' | 'NIGHT';

export interface RosterTemplate {
  pattern: ShiftPattern;
  dateFrom: LocalDate;
  dateTo: LocalDate;
  /** 带班领导 pool, in rotation order. */
  leaders: readonly string[];
  /** 值班人员 pool, in rotation order. */
  staff: readonly string[];
  /** 值班人员 per shift besides the 带班领导 (0: the leader stands the watch alone, as in a one-person township). */
  staffPerShift: number;
  /** Wall-clock time (China) the day shift or the 24-hour shift starts: `HH:MM`. */
  dayStart: string;
  /** Wall-clock time the night shift starts (DAY_NIGHT only): `HH:MM`. */
  nightStart: string;
}

/** A person declared unavailable (请假、出差…) on the days from–to inclusive. */
export interface Unavailability {
  personId: string;
  from: LocalDate;
  to: LocalDate;
}

export interface PlannedShift {
  date: LocalDate;
  type: ShiftType;
  startAt: Date;
  endAt: Date;
  leaderId: string;
  staffIds: string[];
}

export interface RosterShortage {
  date: LocalDate;
  type: ShiftType;
  role: 'LEADER' | 'STAFF';
  needed: number;
  available: number;
}

export type RosterResult = { ok: true; shifts: PlannedShift[] } | { ok: false; shortages: RosterShortage[] };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The first problem of a template, in Chinese, or null. */
export function checkRosterTemplate(t: RosterTemplate): string | null {
  if (t.dateFrom > t.dateTo) return '排班起始日期晚于结束日期';
  if (rosterDates(t.dateFrom, t.dateTo).length > 92) return '一次排班最长 92 天';
  if (t.leaders.length === 0) return '请至少选择一名带班领导';
  if (t.staffPerShift < 0) return '每班值班人数不能为负';
  if (t.staffPerShift > t.staff.length)
    return `每班需要 ${t.staffPerShift} 名值班人员（不含带班领导），但值班人员名单只有 ${t.staff.length} 人；只有带班领导一人值班时，值班人员人数填 0`;
  if (new Set(t.leaders).size !== t.leaders.length || new Set(t.staff).size !== t.staff.length) return '名单中有重复人员';
  if (t.leaders.some((l) => t.staff.includes(l))) return '同一人不能既在带班领导名单又在值班人员名单中';
  if (!TIME.test(t.dayStart) || !TIME.test(t.nightStart)) return '交接班时间应为 HH:MM';
  if (t.pattern === 'DAY_NIGHT' && t.nightStart <= t.dayStart) return '夜班开始时间应晚于白班开始时间';
  return null;
}

export function rosterDates(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let d = from; d <= to && dates.length <= 366; d = addDays(d, 1)) dates.push(d);
  return dates;
}

const at = (date: LocalDate, hhmm: string): Date => {
  const [h, m] = hhmm.split(':').map(Number);
  return chinaInstant(date, h, m);
};

/** The shift slots of a template, in time order, with their start and end instants. */
export interface ShiftSlot {
  date: LocalDate;
  type: ShiftType;
  startAt: Date;
  endAt: Date;
}

export function shiftSlots(t: Pick<RosterTemplate, 'pattern' | 'dateFrom' | 'dateTo' | 'dayStart' | 'nightStart'>): ShiftSlot[] {
  return rosterDates(t.dateFrom, t.dateTo).flatMap((date): ShiftSlot[] => {
    const next = addDays(date, 1);
    if (t.pattern === 'H24') return [{ date, type: 'H24', startAt: at(date, t.dayStart), endAt: at(next, t.dayStart) }];
    return [
      { date, type: 'DAY', startAt: at(date, t.dayStart), endAt: at(date, t.nightStart) },
      { date, type: 'NIGHT', startAt: at(date, t.nightStart), endAt: at(next, t.dayStart) },
    ];
  });
}

export const isUnavailable = (personId: string, date: LocalDate, unavailable: readonly Unavailability[]): boolean =>
  unavailable.some((u) => u.personId === personId && u.from <= date && date <= u.to);

/**
 * Fair rotation: each slot takes the available people with the fewest shifts so far; among equals,
 * those not on the slot just before (rest between shifts), then the one whose last shift is longest
 * ago, then rotation order. With nobody unavailable every person's count stays within one of every
 * other's (the k least loaded are always taken).
 */
class Rotation {
  private readonly count = new Map<string, number>();
  private readonly last = new Map<string, number>();

  constructor(private readonly pool: readonly string[]) {
    for (const p of pool) this.count.set(p, 0);
  }

  pick(k: number, slot: number, eligible: (p: string) => boolean): string[] | null {
    const candidates = this.pool.filter(eligible);
    if (candidates.length < k) return null;
    const order = (p: string): [number, number, number, number] => {
      const last = this.last.get(p) ?? -Infinity;
      return [this.count.get(p) ?? 0, last === slot - 1 ? 1 : 0, last, this.pool.indexOf(p)];
    };
    const chosen = [...candidates]
      .sort((a, b) => {
        const [x, y] = [order(a), order(b)];
        for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
        return 0;
      })
      .slice(0, k);
    for (const p of chosen) {
      this.count.set(p, (this.count.get(p) ?? 0) + 1);
      this.last.set(p, slot);
    }
    return chosen;
  }
}

/** Generates the shifts of a roster; refuses (with every shortage) when a slot cannot be filled. */
export function generateRoster(t: RosterTemplate, unavailable: readonly Unavailability[] = []): RosterResult {
  const problem = checkRosterTemplate(t);
  if (problem) throw new Error(problem);
  const leaders = new Rotation(t.leaders);
  const staff = new Rotation(t.staff);
  const shifts: PlannedShift[] = [];
  const shortages: RosterShortage[] = [];
  shiftSlots(t).forEach((slot, i) => {
    const free = (p: string): boolean => !isUnavailable(p, slot.date, unavailable);
    const leader = leaders.pick(1, i, free);
    const crew = staff.pick(t.staffPerShift, i, free);
    if (!leader) shortages.push({ date: slot.date, type: slot.type, role: 'LEADER', needed: 1, available: t.leaders.filter(free).length });
    if (!crew) shortages.push({ date: slot.date, type: slot.type, role: 'STAFF', needed: t.staffPerShift, available: t.staff.filter(free).length });
    if (leader && crew) shifts.push({ ...slot, leaderId: leader[0], staffIds: crew });
  });
  return shortages.length > 0 ? { ok: false, shortages } : { ok: true, shifts };
}

/** Everyone on a shift: the leader first, then the staff. */
export const shiftPersons = (s: Pick<PlannedShift, 'leaderId' | 'staffIds'>): string[] => [s.leaderId, ...s.staffIds];
