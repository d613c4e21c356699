import { Injectable } from '@nestjs/common';
import type { ClockCode } from '@julu/contracts';
import { chinaDate, CLOCK_START_EVENTS, computeDue, type DueDate, extendDue } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { insertRow } from '../../../core/database/typed-writes';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { CalendarService, type StatutoryCalendar } from '../../calendar';
import { setCasesOverdue } from '../../petitions';
import { CLOCK_SELECT, type ClockPause, type ClockRow, overdueCondition, pausesAsOf } from './clock.row';
import { CaseClockEntity } from '../entities/case-clock.entity';

interface RuleRow {
  amount: number;
  unit: 'DAYS' | 'WORKING_DAYS';
  party: 'ORGAN' | 'PETITIONER';
  exclude_start_day: boolean;
  extend_past_days_off: boolean;
}

export interface StartClock {
  caseId: string;
  code: ClockCode;
  /** The day of the triggering event (in China). */
  startedOn: string;
  responsibleUnitId: string | null;
  /** A limit set for this case (the 交办 feedback days of D10), instead of the rule's. */
  amount?: number;
}

/**
 * The legal clocks D1–D9 of a case (DOMAIN.md §1.9). Each change bumps the clock's version and
 * records `clock.changed`, from which the worker plans the reminders of that version.
 */
@Injectable()
export class ClocksService {
  constructor(
    private readonly calendar: CalendarService,
    private readonly outbox: OutboxService,
  ) {}

  async start(m: EntityManager, clock: StartClock): Promise<string> {
    const [stored]: RuleRow[] = await m.query('SELECT amount, unit, party, exclude_start_day, extend_past_days_off FROM clock_rule WHERE code = $1', [clock.code]);
    const rule = { ...stored, amount: clock.amount ?? stored.amount };
    const statutory = await this.calendar.statutoryCalendar(m);
    const due = this.due(statutory, { code: clock.code, started_on: clock.startedOn, ...rule, pauses: [], extended_days: 0 }, clock.startedOn);
    const { id } = await insertRow(
      m,
      CaseClockEntity,
      {
        caseId: clock.caseId,
        code: clock.code,
        party: rule.party,
        responsibleUnitId: clock.responsibleUnitId,
        status: 'RUNNING',
        startedOn: clock.startedOn,
        amount: rule.amount,
        unit: rule.unit,
        excludeStartDay: rule.exclude_start_day,
        extendPastDaysOff: rule.extend_past_days_off,
        dueOn: due.due,
        explanation: due.explanation,
        provisional: due.provisional,
      },
      ['id'],
    );
    await this.changed(m, id, 1);
    return id;
  }

  /** The case's clocks that are not stopped, by code. */
  async active(m: EntityManager, caseId: string): Promise<Map<ClockCode, ClockRow>> {
    const rows: ClockRow[] = await m.query(`${CLOCK_SELECT} WHERE k.case_id = $1 AND k.status <> 'STOPPED'`, [caseId]);
    return new Map(rows.map((r) => [r.code, r]));
  }

  /** The case's clocks; a paused one with its last day as of today (Art 36 ¶2), whenever the sweep last stored it. */
  async forCase(m: EntityManager, caseId: string, today = chinaDate(new Date())): Promise<ClockRow[]> {
    const rows: ClockRow[] = await m.query(`${CLOCK_SELECT} WHERE k.case_id = $1 ORDER BY k.created_at, k.code`, [caseId]);
    if (!rows.some((r) => r.status === 'PAUSED')) return rows;
    const statutory = await this.calendar.statutoryCalendar(m);
    return rows.map((r) => {
      if (r.status !== 'PAUSED') return r;
      const due = this.due(statutory, r, today);
      return { ...r, due_on: due.due, explanation: due.explanation, provisional: due.provisional };
    });
  }

  async stop(m: EntityManager, caseId: string, codes: readonly ClockCode[], reason: string, at: Date): Promise<void> {
    // A clock stopped while paused: its pause ends that day, so the days paused are not counted late.
    const on = chinaDate(at);
    for (const clock of (await this.active(m, caseId)).values()) {
      if (clock.status === 'PAUSED' && codes.includes(clock.code)) await this.save(m, clock, { pauses: closePauses(clock.pauses, on) }, on);
    }
    const stopped: { id: string; version: number }[] = await m
      .query(
        `UPDATE case_clock SET status = 'STOPPED', stopped_at = $3, stop_reason = $4, version = version + 1,
         overdue = (party = 'ORGAN' AND due_on < $5::date)
       WHERE case_id = $1 AND code = ANY($2) AND status <> 'STOPPED' RETURNING id, version`,
        [caseId, codes, at, reason, chinaDate(at)],
      )
      .then((r) => rowsOf<{ id: string; version: number }>(r));
    for (const s of stopped) await this.changed(m, s.id, s.version);
  }

  async pause(m: EntityManager, caseId: string, code: ClockCode, on: string, reason: string): Promise<void> {
    const clock = (await this.active(m, caseId)).get(code);
    if (!clock || clock.status !== 'RUNNING') return;
    await this.save(m, clock, { status: 'PAUSED', pauses: [...clock.pauses, { from: on, to: null, reason }] }, on);
  }

  async resume(m: EntityManager, caseId: string, code: ClockCode, on: string): Promise<void> {
    const clock = (await this.active(m, caseId)).get(code);
    if (!clock || clock.status !== 'PAUSED') return;
    await this.save(m, clock, { status: 'RUNNING', pauses: closePauses(clock.pauses, on) }, on);
  }

  async extend(m: EntityManager, caseId: string, code: ClockCode, days: number, on: string): Promise<void> {
    const clock = (await this.active(m, caseId)).get(code);
    if (!clock) return;
    await this.save(m, clock, { extended_days: clock.extended_days + days }, on);
  }

  /**
   * Paused clocks (D3 during an objection, D9 during a hearing, Art 36 ¶2) move their last day on
   * by every day the pause lasts: recompute it as of today (for one case, or all when caseId is null).
   */
  async refreshPaused(m: EntityManager, caseId: string | null, today: string): Promise<number> {
    const rows: ClockRow[] = await m.query(`${CLOCK_SELECT} WHERE k.status = 'PAUSED' AND ($1::uuid IS NULL OR k.case_id = $1)`, [caseId]);
    const statutory = await this.calendar.statutoryCalendar(m);
    let refreshed = 0;
    for (const row of rows) {
      if (this.due(statutory, row, today).due === row.due_on) continue;
      await this.save(m, row, {}, today);
      refreshed++;
    }
    return refreshed;
  }

  /** The case's 超期 flag: some running clock of an organ is past its last day. */
  async refreshOverdue(m: EntityManager, caseId: string, today: string): Promise<void> {
    await this.refreshPaused(m, caseId, today);
    const [{ overdue }]: { overdue: boolean }[] = await m.query(`SELECT ${overdueCondition('$1::uuid', '$2::date')} AS overdue`, [caseId, today]);
    await setCasesOverdue(m, [{ caseId, overdue }]);
  }

  /** Recomputes every running clock counted on a provisional year (after an administrator adds it). */
  async recomputeProvisional(m: EntityManager, today: string): Promise<number> {
    const rows: ClockRow[] = await m.query(`${CLOCK_SELECT} WHERE k.provisional AND k.status <> 'STOPPED'`);
    for (const row of rows) await this.save(m, row, {}, today);
    return rows.length;
  }

  /** Recomputes every running clock that counts days of `year` (after an administrator corrects that year). */
  async recomputeYear(m: EntityManager, year: number, today: string): Promise<number> {
    const rows: ClockRow[] = await m.query(`${CLOCK_SELECT} WHERE k.status <> 'STOPPED' AND k.started_on <= make_date($1, 12, 31) AND k.due_on >= make_date($1, 1, 1) - 1`, [year]);
    for (const row of rows) await this.save(m, row, {}, today);
    return rows.length;
  }

  private async save(m: EntityManager, clock: ClockRow, change: Partial<Pick<ClockRow, 'status' | 'pauses' | 'extended_days'>>, today: string): Promise<void> {
    const next = { ...clock, ...change };
    const due = this.due(await this.calendar.statutoryCalendar(m), next, today);
    const [{ version }]: { version: number }[] = await m
      .query(
        `UPDATE case_clock SET status = $2, pauses = $3, extended_days = $4, due_on = $5, explanation = $6, provisional = $7, version = version + 1
       WHERE id = $1 RETURNING version`,
        [clock.id, next.status, JSON.stringify(next.pauses), next.extended_days, due.due, JSON.stringify(due.explanation), due.provisional],
      )
      .then((r) => rowsOf<{ version: number }>(r));
    await this.changed(m, clock.id, version);
  }

  private due(
    statutory: StatutoryCalendar,
    c: Pick<ClockRow, 'code' | 'started_on' | 'amount' | 'unit' | 'exclude_start_day' | 'extend_past_days_off' | 'pauses' | 'extended_days'>,
    today: string,
  ): DueDate & { provisional: boolean } {
    const rules = { excludeStartDay: c.exclude_start_day, extendPastDaysOff: c.extend_past_days_off, startEvent: CLOCK_START_EVENTS[c.code] };
    const pauses = pausesAsOf(c.pauses, today);
    const due =
      c.extended_days > 0
        ? extendDue(c.started_on, c.amount, c.unit, c.extended_days, statutory.calendar, rules, pauses)
        : computeDue(c.started_on, c.amount, c.unit, statutory.calendar, rules, pauses);
    const years = new Set([Number(c.started_on.slice(0, 4)), Number(due.due.slice(0, 4))]);
    const provisional = [...years].filter((y) => statutory.provisionalYears.has(y));
    if (provisional.length === 0) return { ...due, provisional: false };
    const note = `${provisional.join('、')}年法定节假日安排尚未录入，暂按周六、周日休息计算；录入后自动重新计算。`;
    return { ...due, explanation: [...due.explanation, note], provisional: true };
  }

  private async changed(m: EntityManager, clockId: string, version: number): Promise<void> {
    await this.outbox.record(m, { eventType: 'clock.changed', aggregateType: 'case_clock', aggregateId: clockId, payload: { version } });
  }
}

const closePauses = (pauses: readonly ClockPause[], on: string): ClockPause[] => pauses.map((p) => (p.to === null ? { ...p, to: on } : p));

/** `UPDATE … RETURNING` through TypeORM answers [rows, affected]; plain SELECTs answer rows. */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}
