import type { LocalDate } from '../calendar/holiday-calendar';
import { isUnavailable, type Unavailability } from './roster';

export interface SwapShift {
  id: string;
  date: LocalDate;
  leaderId: string;
  staffIds: readonly string[];
}

/**
 * 替班 (SUBSTITUTE): `toPersonId` takes `fromPersonId`'s place on one shift.
 * 换班 (EXCHANGE): the two also trade back — `fromPersonId` takes `toPersonId`'s place on the counterpart shift.
 */
export type SwapRequest =
  | { kind: 'SUBSTITUTE'; shiftId: string; fromPersonId: string; toPersonId: string }
  | { kind: 'EXCHANGE'; shiftId: string; fromPersonId: string; toPersonId: string; counterpartShiftId: string };

const onShift = (s: SwapShift, person: string): boolean => s.leaderId === person || s.staffIds.includes(person);

/** The first reason a swap cannot be made, in Chinese, or null. */
export function checkSwap(shifts: readonly SwapShift[], r: SwapRequest, unavailable: readonly Unavailability[] = []): string | null {
  if (r.fromPersonId === r.toPersonId) return '替换人与被替换人不能是同一人';
  const shift = shifts.find((s) => s.id === r.shiftId);
  if (!shift) return '班次不存在';
  if (!onShift(shift, r.fromPersonId)) return '被替换人不在该班次上';
  if (onShift(shift, r.toPersonId)) return '替换人已在该班次上';
  if (isUnavailable(r.toPersonId, shift.date, unavailable)) return `替换人已申报 ${shift.date} 不能值班`;
  if (r.kind === 'SUBSTITUTE') return null;
  const counterpart = shifts.find((s) => s.id === r.counterpartShiftId);
  if (!counterpart || counterpart.id === shift.id) return '换班的对应班次不存在';
  if (!onShift(counterpart, r.toPersonId)) return '替换人不在对应班次上';
  if (onShift(counterpart, r.fromPersonId)) return '被替换人已在对应班次上';
  if (isUnavailable(r.fromPersonId, counterpart.date, unavailable)) return `被替换人已申报 ${counterpart.date} 不能值班`;
  return null;
}

const replace = <T extends SwapShift>(s: T, from: string, to: string): T => ({
  ...s,
  leaderId: s.leaderId === from ? to : s.leaderId,
  staffIds: s.staffIds.map((p) => (p === from ? to : p)),
});

/** The shifts after an allowed swap: every shift keeps its number of people and its leader slot. */
export function applySwap<T extends SwapShift>(shifts: readonly T[], r: SwapRequest, unavailable: readonly Unavailability[] = []): T[] {
  const problem = checkSwap(shifts, r, unavailable);
  if (problem) throw new Error(problem);
  return shifts.map((s) => {
    if (s.id === r.shiftId) return replace(s, r.fromPersonId, r.toPersonId);
    if (r.kind === 'EXCHANGE' && s.id === r.counterpartShiftId) return replace(s, r.toPersonId, r.fromPersonId);
    return s;
  });
}
