import { chinaInstant, type HolidayCalendar, reminderDays } from '@julu/domain';

export type ReminderKind = 'REMINDER_T5' | 'REMINDER_T1' | 'BREACH';

export interface PlannedReminder {
  kind: ReminderKind;
  at: Date;
}

/** Reminders are sent at the start of the working day; the breach at the first minute past the due date. */
const REMINDER_HOUR = 8;
const REMINDER_MINUTE = 30;

/**
 * When the reminders of one clock version are due. A reminder whose time has passed is dropped
 * once a later one is also due (a clock recomputed late does not send a stale T−5 beside its T−1);
 * the breach is always kept.
 */
export function planReminders(startedOn: string, dueOn: string, calendar: HolidayCalendar, now: Date): PlannedReminder[] {
  const days = reminderDays(startedOn, dueOn, calendar);
  const plan: PlannedReminder[] = [];
  if (days.t5) plan.push({ kind: 'REMINDER_T5', at: chinaInstant(days.t5, REMINDER_HOUR, REMINDER_MINUTE) });
  if (days.t1) plan.push({ kind: 'REMINDER_T1', at: chinaInstant(days.t1, REMINDER_HOUR, REMINDER_MINUTE) });
  plan.push({ kind: 'BREACH', at: chinaInstant(days.breach) });
  return plan.filter((r, i) => r.kind === 'BREACH' || r.at > now || !(plan[i + 1].at <= now));
}

export const reminderJobId = (clockId: string, version: number, kind: ReminderKind): string => `reminder-${clockId}-v${version}-${kind}`;
export const reminderDedupeKey = (clockId: string, version: number, kind: ReminderKind): string => `clock:${clockId}:v${version}:${kind}`;
