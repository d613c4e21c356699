import type { DeadlineColour, HotspotAction, HotspotStatus, Role } from '@julu/contracts';

/**
 * The status lifecycle of a risk hotspot (DOMAIN.md §2.4): 未化解 → 化解中 → 已稳控 / 已化解
 * (销号, on a leader's approval) / 转积案 / 中止. 销号 is two steps: the township asks, a bureau
 * leader approves or sends it back.
 */
interface HotspotTransition {
  action: HotspotAction;
  from: readonly HotspotStatus[];
  to: HotspotStatus | null;
  /** Whether a 销号 request must (true) or must not (false) be pending; undefined: either. */
  closeRequested?: boolean;
  /** Only bureau leaders (销号 approval, 转积案). */
  leadersOnly?: boolean;
}

const WORKING: readonly HotspotStatus[] = ['RESOLVING', 'STABILIZED'];

export const HOTSPOT_TRANSITIONS: readonly HotspotTransition[] = [
  { action: 'START', from: ['UNRESOLVED'], to: 'RESOLVING' },
  { action: 'STABILIZE', from: ['UNRESOLVED', 'RESOLVING'], to: 'STABILIZED', closeRequested: false },
  { action: 'REQUEST_CLOSE', from: WORKING, to: null, closeRequested: false },
  { action: 'APPROVE_CLOSE', from: WORKING, to: 'RESOLVED', closeRequested: true, leadersOnly: true },
  { action: 'REJECT_CLOSE', from: WORKING, to: null, closeRequested: true, leadersOnly: true },
  { action: 'TO_BACKLOG', from: ['UNRESOLVED', 'RESOLVING', 'STABILIZED'], to: 'BACKLOG', leadersOnly: true },
  { action: 'SUSPEND', from: ['UNRESOLVED', 'RESOLVING', 'STABILIZED'], to: 'SUSPENDED' },
  { action: 'RESUME', from: ['SUSPENDED'], to: 'RESOLVING' },
];

const LEADERS: readonly Role[] = ['SUPERVISOR', 'ADMIN'];

export type HotspotCheck = { allowed: true; to: HotspotStatus; closeRequested: boolean } | { allowed: false; status: 403 | 409; reason: string };

/** Whether `role` may take `action` on a hotspot in `status`, and what follows. */
export function checkHotspotAction(action: HotspotAction, status: HotspotStatus, closeRequested: boolean, role: Role): HotspotCheck {
  const t = HOTSPOT_TRANSITIONS.find((x) => x.action === action);
  if (!t) return { allowed: false, status: 409, reason: '未知的操作' };
  if (t.leadersOnly && !LEADERS.includes(role)) return { allowed: false, status: 403, reason: '销号审批和转积案须由局领导办理' };
  if (!t.from.includes(status)) return { allowed: false, status: 409, reason: `当前状态下不能“${ACTION_WORDS[action]}”` };
  if (t.closeRequested === true && !closeRequested) return { allowed: false, status: 409, reason: '尚未提出销号申请' };
  if (t.closeRequested === false && closeRequested) return { allowed: false, status: 409, reason: '已提出销号申请，等待审批' };
  // Any other step settles a pending 销号 request (approved, sent back, or overtaken).
  return { allowed: true, to: t.to ?? status, closeRequested: action === 'REQUEST_CLOSE' };
}

const ACTION_WORDS: Readonly<Record<HotspotAction, string>> = {
  START: '开始化解',
  STABILIZE: '已稳控',
  REQUEST_CLOSE: '申请销号',
  APPROVE_CLOSE: '批准销号',
  REJECT_CLOSE: '退回销号申请',
  TO_BACKLOG: '转为积案',
  SUSPEND: '中止',
  RESUME: '恢复化解',
};

/** The actions `role` may take now (the web app shows these as buttons). */
export function permittedHotspotActions(status: HotspotStatus, closeRequested: boolean, role: Role): HotspotAction[] {
  return HOTSPOT_TRANSITIONS.filter((t) => checkHotspotAction(t.action, status, closeRequested, role).allowed).map((t) => t.action);
}

/** Days before the deadline from which a hotspot shows yellow (临期). */
export const DUE_SOON_DAYS = 7;

/**
 * The ledger colour (DOMAIN.md §2.4): green when done (已化解 / 已稳控 / 转积案), grey when
 * suspended, red past the deadline, yellow within DUE_SOON_DAYS of it, none otherwise. Dates are
 * YYYY-MM-DD in China time, compared as strings.
 */
export function hotspotColour(status: HotspotStatus, deadline: string, today: string, soonDays = DUE_SOON_DAYS): DeadlineColour {
  switch (status) {
    case 'RESOLVED':
    case 'STABILIZED':
    case 'BACKLOG':
      return 'GREEN';
    case 'SUSPENDED':
      return 'GREY';
    case 'UNRESOLVED':
    case 'RESOLVING':
      if (today > deadline) return 'RED';
      return daysBetween(today, deadline) <= soonDays ? 'YELLOW' : 'NONE';
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The Monday of the week containing `date` (YYYY-MM-DD): weekly reports are keyed by it. */
export function weekStartOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** Whether `weekStart` is a Monday. */
export function isWeekStart(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && weekStartOf(date) === date;
}
