import { Injectable, NotFoundException } from '@nestjs/common';
import { API_ERROR_CODES, CASE_LOOKUP_LIMIT, type CaseDetail, type CaseListQuery, type CaseListResponse, type CaseSummary, type CurrentUser } from '@julu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { territoryOf } from '../../../core/access/territory';
import { caseCondition } from './case-scope';
import { caseListConditions, caseLookupCondition, encodeCursor } from './case-list';
import { caseDetailSql, CASE_FROM_SQL, CASE_SUMMARY_SQL, type CaseDetailRow, type CasePetitionerRow, type CaseRow, toCaseDetail, toCaseSummary } from './case.row';

export const caseNotFound = (): NotFoundException => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '信访事项不存在或不在您的管辖范围内' });

/** Reads of cases, always within the caller's territory (a foreign case is simply not found). */
@Injectable()
export class CaseQueriesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: CaseListQuery, user: CurrentUser): Promise<CaseListResponse> {
    const limit = query.limit ?? 50;
    const params: unknown[] = [];
    const conditions = [caseCondition(territoryOf(user), params), ...caseListConditions(query, params)];
    const rows: CaseRow[] = await this.dataSource.query(
      `${CASE_SUMMARY_SQL} ${CASE_FROM_SQL} WHERE ${conditions.join(' AND ')}
       ORDER BY c.registered_at DESC, c.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toCaseSummary), nextCursor: rows.length > limit && last ? encodeCursor(last.registered_at, last.id) : null };
  }

  /** A case picker's matches for what the user typed (case-list.ts caseLookupCondition): the newest visible ones. */
  async lookup(text: string, user: CurrentUser): Promise<CaseSummary[]> {
    const params: unknown[] = [];
    const conditions = [caseCondition(territoryOf(user), params), caseLookupCondition(text, params)];
    const rows: CaseRow[] = await this.dataSource.query(
      `${CASE_SUMMARY_SQL} ${CASE_FROM_SQL} WHERE ${conditions.join(' AND ')}
       ORDER BY c.registered_at DESC, c.id DESC LIMIT ${CASE_LOOKUP_LIMIT}`,
      params,
    );
    return rows.map(toCaseSummary);
  }

  get(id: string, user: CurrentUser): Promise<CaseDetail> {
    return this.detailIn(this.dataSource.manager, id, user);
  }

  async detailIn(m: EntityManager, id: string, user: CurrentUser): Promise<CaseDetail> {
    const params: unknown[] = [id];
    const scope = caseCondition(territoryOf(user), params);
    const rows: CaseDetailRow[] = await m.query(`${caseDetailSql(scope)} WHERE c.id = $1 AND ${scope}`, params);
    if (!rows[0]) throw caseNotFound();
    const petitioners: CasePetitionerRow[] = await m.query(
      `SELECT cp.petitioner_id, p.name, cp.role, p.id_number_masked FROM case_petitioner cp
       JOIN petitioner p ON p.id = cp.petitioner_id WHERE cp.case_id = $1 ORDER BY cp.position`,
      [id],
    );
    return toCaseDetail(rows[0], petitioners);
  }
}
