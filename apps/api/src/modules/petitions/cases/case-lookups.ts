import type { CaseState } from '@julu/contracts';
import type { EntityManager } from 'typeorm';
import { caseCondition } from './case-scope';
import type { Territory } from '../../../core/access/territory';

/**
 * Case reads other modules need, owned here so that the case-visibility rule (caseCondition) is
 * applied where the data lives and no caller can forget it. Plain functions on the caller's
 * transaction, like the writes in case-records.ts.
 */

/** Whether `territory` may see case `caseId`. */
export async function isCaseVisible(m: EntityManager, caseId: string, territory: Territory): Promise<boolean> {
  const params: unknown[] = [caseId];
  const found: unknown[] = await m.query(`SELECT 1 FROM petition_case c WHERE c.id = $1 AND ${caseCondition(territory, params)}`, params);
  return found.length > 0;
}

/** How many of `caseIds` `territory` may see (each id counted once if the list has no repeats). */
export async function countVisibleCases(m: EntityManager, caseIds: readonly string[], territory: Territory): Promise<number> {
  const params: unknown[] = [caseIds];
  const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM petition_case c WHERE c.id = ANY ($1::uuid[]) AND ${caseCondition(territory, params)}`, params);
  return n;
}

/**
 * A SQL expression for a read model: the case id `caseIdSql` (a column of the caller's query) if
 * `territory` may see that case, else NULL, so a linked case it may not see is not revealed.
 */
export function visibleCaseIdSql(caseIdSql: string, territory: Territory, params: unknown[]): string {
  return `(SELECT c.id FROM petition_case c WHERE c.id = ${caseIdSql} AND ${caseCondition(territory, params)})`;
}

/**
 * A SQL subquery for a read model: the cases `territory` may see, every column, to join as
 * `JOIN ${visibleCasesSql(territory, params)} c ON c.id = …`. PostgreSQL flattens it into the
 * caller's query, so the plan is that of a join on petition_case with the condition inline.
 */
export function visibleCasesSql(territory: Territory, params: unknown[]): string {
  return `(SELECT * FROM petition_case c WHERE ${caseCondition(territory, params)})`;
}

/** A case's status, for a caller that has already checked it may act on the case (null: no such case). */
export async function caseStatusOf(m: EntityManager, caseId: string): Promise<CaseState | null> {
  const [row]: { status: CaseState }[] = await m.query('SELECT status FROM petition_case WHERE id = $1', [caseId]);
  return row?.status ?? null;
}

/** A case's number (案号) and title, for a caller that names a case it refers to (null: no such case). */
export async function caseHeadingOf(m: EntityManager, caseId: string): Promise<{ caseNo: string; title: string } | null> {
  const [row]: { case_no: string; title: string }[] = await m.query('SELECT case_no, title FROM petition_case WHERE id = $1', [caseId]);
  return row ? { caseNo: row.case_no, title: row.title } : null;
}
