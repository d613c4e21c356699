import type { CaseListQuery, CurrentUser, Ledger, VisitLedgerQuery } from '@julu/contracts';
import type { EntityManager } from 'typeorm';
import { territoryOf } from '../../../core/access/territory';
import { caseListConditions } from '../cases/case-list';
import { caseCondition } from '../cases/case-scope';
import type { CaseLedgerRow, VisitLedgerRow } from './ledger-columns';

export type LedgerQuery = CaseListQuery & VisitLedgerQuery;

/** Keyset position within a ledger (newest first). */
export interface LedgerCursor {
  at: Date;
  id: string;
}

/**
 * A case's petitioners in one pass (names in order, the first one's masked ID and phone), instead
 * of one correlated subquery per column: the ledger reads them for every row it exports.
 */
const PETITIONERS = `
  LEFT JOIN LATERAL (
    SELECT string_agg(p.name, '、' ORDER BY cp.position) AS petitioner_names,
           (array_agg(p.id_number_masked ORDER BY cp.position))[1] AS petitioner_id_masked,
           (array_agg(coalesce(p.mobile_masked, p.landline_masked) ORDER BY cp.position))[1] AS petitioner_phone_masked
    FROM case_petitioner cp JOIN petitioner p ON p.id = cp.petitioner_id WHERE cp.case_id = c.id) pp ON true`;

function casesWhere(query: LedgerQuery, user: CurrentUser, cursor: LedgerCursor | null, params: unknown[]): string {
  const conditions = [caseCondition(territoryOf(user), params), ...caseListConditions({ ...query, after: undefined }, params)];
  if (cursor) {
    params.push(cursor.at, cursor.id);
    conditions.push(`(c.registered_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  return conditions.join(' AND ');
}

function visitsWhere(query: LedgerQuery, user: CurrentUser, cursor: LedgerCursor | null, params: unknown[]): string {
  const conditions = [caseCondition(territoryOf(user), params)];
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (query.from) add('vi.arrival_at >= ?::timestamptz', query.from);
  if (query.to) add('vi.arrival_at < ?::timestamptz', query.to);
  if (query.townshipId) add('c.township_id = ?::uuid', query.townshipId);
  if (cursor) {
    params.push(cursor.at, cursor.id);
    conditions.push(`(vi.arrival_at, vi.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  return conditions.join(' AND ');
}

/** Rows the ledger will hold, within the user's territory. */
export async function countLedger(m: EntityManager, ledger: Ledger, query: LedgerQuery, user: CurrentUser): Promise<number> {
  const params: unknown[] = [];
  const sql =
    ledger === 'CASES'
      ? `SELECT count(*)::int AS n FROM petition_case c WHERE ${casesWhere(query, user, null, params)}`
      : `SELECT count(*)::int AS n FROM visit vi JOIN petition_case c ON c.id = vi.case_id WHERE ${visitsWhere(query, user, null, params)}`;
  const [{ n }]: { n: number }[] = await m.query(sql, params);
  return n;
}

/** One batch of the case ledger after `cursor`. */
export async function caseLedgerBatch(
  m: EntityManager,
  query: LedgerQuery,
  user: CurrentUser,
  cursor: LedgerCursor | null,
  size: number,
): Promise<(CaseLedgerRow & { id: string })[]> {
  const params: unknown[] = [];
  // The earlier case is named only if the caller may see it.
  const priorScope = caseCondition(territoryOf(user), params);
  const where = casesWhere(query, user, cursor, params);
  return m.query(
    `SELECT c.id, c.case_no, c.registered_at, c.channel, c.source, c.matter_type, c.category_label, c.title, c.main_request,
            pp.petitioner_names, pp.petitioner_id_masked, pp.petitioner_phone_masked, t.name AS township_name, v.name AS village_name, iu.name AS involved_unit_name, c.people_count,
            c.is_group, c.is_skip_level, c.is_joint_letter, c.is_law_related, c.is_repeat, pc.case_no AS prior_case_no, c.status,
            u.display_name AS registered_by_name
     FROM petition_case c
     JOIN org_unit t ON t.id = c.township_id
     LEFT JOIN org_unit v ON v.id = c.village_id
     LEFT JOIN org_unit iu ON iu.id = c.involved_unit_id
     LEFT JOIN (SELECT c.id, c.case_no FROM petition_case c WHERE ${priorScope}) pc ON pc.id = c.prior_case_id
     JOIN app_user u ON u.id = c.registered_by
     ${PETITIONERS}
     WHERE ${where}
     ORDER BY c.registered_at DESC, c.id DESC LIMIT ${size}`,
    params,
  );
}

/** One batch of the visit ledger after `cursor`. */
export async function visitLedgerBatch(
  m: EntityManager,
  query: LedgerQuery,
  user: CurrentUser,
  cursor: LedgerCursor | null,
  size: number,
): Promise<(VisitLedgerRow & { id: string })[]> {
  const params: unknown[] = [];
  const where = visitsWhere(query, user, cursor, params);
  return m.query(
    `SELECT vi.id, c.case_no, vi.arrival_at, vi.reception_started_at, vi.person_count, vi.is_group, pp.petitioner_names, pp.petitioner_id_masked,
            (SELECT string_agg(p.name, '、' ORDER BY vr.position) FROM visit_representative vr JOIN petitioner p ON p.id = vr.petitioner_id
             WHERE vr.visit_id = vi.id) AS representative_names,
            c.title, c.category_label, t.name AS township_name, v.name AS village_name, vi.talk_outcome, u.display_name AS received_by_name
     FROM visit vi
     JOIN petition_case c ON c.id = vi.case_id
     JOIN org_unit t ON t.id = c.township_id
     LEFT JOIN org_unit v ON v.id = c.village_id
     JOIN app_user u ON u.id = vi.received_by
     ${PETITIONERS}
     WHERE ${where}
     ORDER BY vi.arrival_at DESC, vi.id DESC LIMIT ${size}`,
    params,
  );
}
