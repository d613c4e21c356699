import { Injectable } from '@nestjs/common';
import type { CaseEventView, CaseState } from '@julu/contracts';
import { CASE_ACTION_LABELS } from '@julu/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { insertRow } from '../../../core/database/typed-writes';
import { CaseEventEntity } from '../entities/case-event.entity';

export interface CaseEventInput {
  action: CaseEventView['action'];
  from: CaseState | null;
  to: CaseState | null;
  actorId: string | null;
  note?: string | null;
  details?: Record<string, unknown>;
}

const EXTRA_LABELS: Record<string, string> = { REGISTER: '登记', DELIVER_NOTICE: '文书送达', EVALUATE: '满意度评价' };

export const eventLabel = (action: string): string => (CASE_ACTION_LABELS as Record<string, string>)[action] ?? EXTRA_LABELS[action] ?? action;

/** The case's append-only timeline: every transition, delivery and evaluation. */
@Injectable()
export class CaseEventsService {
  async record(m: EntityManager, caseId: string, e: CaseEventInput): Promise<void> {
    await insertRow(m, CaseEventEntity, { caseId, action: e.action, fromState: e.from, toState: e.to, actorId: e.actorId, note: e.note ?? null, details: e.details ?? {} });
  }

  async forCase(m: EntityManager | DataSource, caseId: string): Promise<CaseEventView[]> {
    const rows: {
      id: string;
      at: Date;
      action: CaseEventView['action'];
      from_state: CaseState | null;
      to_state: CaseState | null;
      actor_name: string | null;
      note: string | null;
      details: Record<string, unknown>;
    }[] = await m.query(
      `SELECT e.id::text AS id, e.at, e.action, e.from_state, e.to_state, u.display_name AS actor_name, e.note, e.details
         FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_id WHERE e.case_id = $1 ORDER BY e.id`,
      [caseId],
    );
    return rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      label: eventLabel(r.action),
      fromState: r.from_state,
      toState: r.to_state,
      actorName: r.actor_name,
      note: r.note,
      details: r.details,
    }));
  }
}
