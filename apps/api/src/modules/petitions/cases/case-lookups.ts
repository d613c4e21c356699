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

/** A SQL expression for a read model: the primary petitioner's name of the case `caseIdSql` (a column of the caller's query). */
export function primaryPetitionerNameSql(caseIdSql: string): string {
  return `(SELECT p.name FROM case_petitioner cp JOIN petitioner p ON p.id = cp.petitioner_id WHERE cp.case_id = ${caseIdSql} AND cp.role = 'PRIMARY')`;
}

/** How an earlier case relates to a new one, for 不再受理 (同人同事, 2022 条例 Art 19 ¶3 and Art 36 ¶3). */
export interface PriorCaseFacts {
  status: CaseState;
  /** Registered no later than the new case. */
  earlier: boolean;
  /** A petitioner in common, by record or by identity-number blind index. */
  samePerson: boolean;
  /** The same content-category heading (a subcategory counts as its parent). */
  sameHeading: boolean;
}

/** The facts of `priorId` against `caseId`, if `territory` may see the prior case (else null: the notice would quote its number). */
export async function priorCaseFacts(m: EntityManager, priorId: string, caseId: string, territory: Territory): Promise<PriorCaseFacts | null> {
  const params: unknown[] = [priorId, caseId];
  const scope = caseCondition(territory, params);
  const [row]: { status: CaseState; earlier: boolean; same_person: boolean; same_heading: boolean }[] = await m.query(
    `SELECT c.status, c.registered_at <= n.registered_at AS earlier,
            EXISTS (SELECT 1 FROM case_petitioner a JOIN petitioner pa ON pa.id = a.petitioner_id
                      JOIN case_petitioner b ON b.case_id = n.id JOIN petitioner pb ON pb.id = b.petitioner_id
                     WHERE a.case_id = c.id AND (pa.id = pb.id OR pa.id_number_bidx = pb.id_number_bidx)) AS same_person,
            coalesce(pc.parent_code, pc.code) = coalesce(nc.parent_code, nc.code) AS same_heading
     FROM petition_case c JOIN petition_case n ON n.id = $2
     LEFT JOIN content_category pc ON pc.code = c.category_code LEFT JOIN content_category nc ON nc.code = n.category_code
     WHERE c.id = $1 AND ${scope}`,
    params,
  );
  return row ? { status: row.status, earlier: row.earlier, samePerson: row.same_person, sameHeading: row.same_heading } : null;
}
