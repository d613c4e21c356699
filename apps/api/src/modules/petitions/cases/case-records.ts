import type { CaseState, SupervisionLevel } from '@julu/contracts';
import type { EntityManager } from 'typeorm';
import { SQL_NOW, updateRows } from '../../../core/database/typed-writes';
import { PetitionCaseEntity } from '../entities/petition-case.entity';

/**
 * The writes other modules make to a case (petition_case is owned here, docs/ARCHITECTURE.md
 * "Table ownership"). Plain functions on the caller's transaction, so the caller's row-level
 * security scope applies to every statement exactly as it did when it wrote the row itself.
 */

/** A change of state (DOMAIN.md §1.10) and the fields that move with it; undefined leaves a field alone. */
export interface CaseStateChange {
  status: CaseState;
  handlingUnitId?: string | null;
  disposition?: 'FORWARD' | 'ASSIGN' | null;
  /** 督办: set, or cleared with null. */
  supervision?: { level: SupervisionLevel | null; since: Date; note: string | null } | null;
  closedAt?: Date | null;
}

/** The case must still be at this version (optimistic lock), or still in this state. */
export type CaseGuard = { version: number } | { status: CaseState };

/**
 * Moves a case to a new state and bumps its version. False when the guard no longer holds (another
 * action moved the case first) or the caller's scope does not reach the case.
 */
export async function setCaseState(m: EntityManager, caseId: string, guard: CaseGuard, change: CaseStateChange): Promise<boolean> {
  const params: unknown[] = [caseId, 'version' in guard ? guard.version : guard.status, change.status];
  const sets = ['status = $3', 'version = version + 1', 'updated_at = now()'];
  const set = (column: string, value: unknown): void => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (change.handlingUnitId !== undefined) set('handling_unit_id', change.handlingUnitId);
  if (change.disposition !== undefined) set('disposition', change.disposition);
  if (change.supervision !== undefined) {
    set('supervision_level', change.supervision?.level ?? null);
    set('supervision_since', change.supervision?.since ?? null);
    set('supervision_note', change.supervision?.note ?? null);
  }
  if (change.closedAt !== undefined) set('closed_at', change.closedAt);
  const where = 'version' in guard ? 'version = $2' : 'status = $2';
  return rowCount(await m.query(`UPDATE petition_case SET ${sets.join(', ')} WHERE id = $1 AND ${where} RETURNING id`, params)) > 0;
}

/**
 * Records that something about the case changed without a change of state (a notice delivered, an
 * evaluation, a lapsed window): bumping the version makes an action prepared on the stale case fail with 409.
 */
export async function markCaseChanged(m: EntityManager, caseId: string): Promise<void> {
  await m.query('UPDATE petition_case SET version = version + 1, updated_at = now() WHERE id = $1', [caseId]);
}

/** Sets the 超期 flag of each case (as the workflow's clocks derive it); returns how many flags changed. */
export async function setCasesOverdue(m: EntityManager, flags: readonly { caseId: string; overdue: boolean }[]): Promise<number> {
  if (flags.length === 0) return 0;
  const updated: unknown = await m.query(
    `UPDATE petition_case c SET overdue = f.overdue FROM unnest($1::uuid[], $2::boolean[]) AS f(id, overdue)
     WHERE c.id = f.id AND c.overdue IS DISTINCT FROM f.overdue RETURNING c.id`,
    [flags.map((f) => f.caseId), flags.map((f) => f.overdue)],
  );
  return rowCount(updated);
}

/** Marks a case 涉法涉诉 (the record of who flagged it and why is the caller's). */
export async function flagLawRelated(m: EntityManager, caseId: string): Promise<void> {
  await updateRows(m, PetitionCaseEntity, { id: caseId }, { isLawRelated: true, updatedAt: SQL_NOW });
}

/** Rows an UPDATE … RETURNING reported (TypeORM's postgres driver returns [rows, count]). */
function rowCount(result: unknown): number {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as unknown[]).length : (result as unknown[]).length;
}
