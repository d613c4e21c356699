import { Injectable } from '@nestjs/common';
import type { AnnualPetitionReport, CurrentUser } from '@julu/contracts';
import { chinaInstant } from '@julu/domain';
import { DataSource } from 'typeorm';
import { caseCondition } from '../petitions';
import { territoryOf } from '../../core/access/territory';

type Count = { label: string; count: number };

/**
 * 信访情况年度报告 statistics (2022 条例 Art 41): matters by field (content category), by township,
 * the units most involved, by channel and month, and the bureau's 转送、交办、督办 counts. Scoped
 * like the case list (a township officer's report covers their township).
 */
@Injectable()
export class AnnualReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(user: CurrentUser, year: number): Promise<AnnualPetitionReport> {
    const params: unknown[] = [chinaInstant(`${year}-01-01`), chinaInstant(`${year + 1}-01-01`)];
    const scope = caseCondition(territoryOf(user), params);
    const inYear = `c.registered_at >= $1 AND c.registered_at < $2 AND ${scope}`;
    const count = (select: string, from = '', group = '1', limit = 100): Promise<Count[]> =>
      this.dataSource
        .query(`SELECT ${select} AS label, count(*)::int AS count FROM petition_case c ${from} WHERE ${inYear} GROUP BY ${group} ORDER BY 2 DESC, 1 LIMIT ${limit}`, params)
        .then((rows: Count[]) => rows);
    const [{ cases, persons, visits, visit_persons: visitPersons }]: { cases: number; persons: number; visits: number; visit_persons: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS cases, coalesce(sum(c.people_count), 0)::int AS persons,
              (SELECT count(*)::int FROM visit v JOIN petition_case c ON c.id = v.case_id WHERE ${inYear}) AS visits,
              (SELECT coalesce(sum(v.person_count), 0)::int FROM visit v JOIN petition_case c ON c.id = v.case_id WHERE ${inYear}) AS visit_persons
       FROM petition_case c WHERE ${inYear}`,
      params,
    );
    const actions: { action: string; count: number }[] = await this.dataSource.query(
      `SELECT e.action, count(DISTINCT e.case_id)::int AS count FROM case_event e JOIN petition_case c ON c.id = e.case_id
       WHERE ${inYear} AND e.action IN ('FORWARD', 'ASSIGN', 'SUPERVISE', 'DIVERT', 'ACCEPT', 'NOT_ACCEPT') GROUP BY e.action`,
      params,
    );
    const actionCount = (action: string): number => actions.find((a) => a.action === action)?.count ?? 0;
    return {
      year,
      totals: { cases, persons, visitBatches: visits, visitPersons },
      dispositions: {
        forwarded: actionCount('FORWARD'),
        assigned: actionCount('ASSIGN'),
        supervised: actionCount('SUPERVISE'),
        diverted: actionCount('DIVERT'),
        accepted: actionCount('ACCEPT'),
        notAccepted: actionCount('NOT_ACCEPT'),
      },
      byField: await count(`split_part(c.category_label, '/', 1)`),
      byTownship: await count('t.name', 'JOIN org_unit t ON t.id = c.township_id'),
      mostInvolvedUnits: await count('u.name', 'JOIN org_unit u ON u.id = c.involved_unit_id', '1', 10),
      byChannel: await count('c.channel'),
      byMonth: await count(`to_char(c.registered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`),
    };
  }
}
