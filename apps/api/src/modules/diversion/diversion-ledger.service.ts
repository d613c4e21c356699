import { Injectable } from '@nestjs/common';
import { type CurrentUser, DIVERSION_ROUTE_LABELS, type DiversionCountRow, type DiversionLedgerResponse, CHANNEL_ENTRY_OUTCOME_LABELS } from '@julu/contracts';
import { chinaDate, chinaDateTime } from '@julu/domain';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { XlsxSheetWriter } from '../../core/xlsx/xlsx-sheet-writer';
import { caseCondition } from '../petitions';
import { territoryOf } from '../../core/access/territory';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { DIVERSION_SQL, type DiversionRow, toDiversionView } from './diversion.rows';
import type { DiversionCountsQueryDto, DiversionLedgerQueryDto } from './dto/diversion-ledger.query';

const ZONE = `'Asia/Shanghai'`;
const BATCH = 500;

/** The diversion ledger (分流台账), its Excel export and the per-township, per-month counts. */
@Injectable()
export class DiversionLedgerService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: DiversionLedgerQueryDto, user: CurrentUser): Promise<DiversionLedgerResponse> {
    const rows = await this.batch(query, user, query.after ? decodeKeysetCursor(query.after) : null, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return { items: page.map(toDiversionView), nextCursor: rows.length > query.limit && last ? encodeKeysetCursor(last.decided_at.toISOString(), last.id) : null };
  }

  /**
   * Cases flagged 涉法涉诉 (by the month of the flag, or of registration when flagged at intake)
   * and cases diverted (by the month of the decision, counted only once the notice is delivered).
   */
  async counts(query: DiversionCountsQueryDto, user: CurrentUser): Promise<DiversionCountRow[]> {
    const year = query.year ?? Number(chinaDate(new Date()).slice(0, 4));
    const params: unknown[] = [`${year}-01-01`, `${year + 1}-01-01`];
    const scope = caseCondition(territoryOf(user), params);
    const rows: { township_id: string; township_name: string; month: string; flagged: number; diverted: number }[] = await this.dataSource.query(
      `WITH flagged AS (
         SELECT c.township_id, to_char(COALESCE(f.flagged_at, c.registered_at) AT TIME ZONE ${ZONE}, 'YYYY-MM') AS month
         FROM petition_case c LEFT JOIN case_law_flag f ON f.case_id = c.id
         WHERE c.is_law_related AND ${scope}
           AND COALESCE(f.flagged_at, c.registered_at) >= ($1::date AT TIME ZONE ${ZONE}) AND COALESCE(f.flagged_at, c.registered_at) < ($2::date AT TIME ZONE ${ZONE})),
       diverted AS (
         SELECT d.township_id, to_char(d.decided_at AT TIME ZONE ${ZONE}, 'YYYY-MM') AS month
         FROM case_diversion d JOIN petition_case c ON c.id = d.case_id JOIN case_notice n ON n.id = d.notice_id
         WHERE n.delivered_at IS NOT NULL AND ${scope}
           AND d.decided_at >= ($1::date AT TIME ZONE ${ZONE}) AND d.decided_at < ($2::date AT TIME ZONE ${ZONE})),
       months AS (
         SELECT township_id, month, 1 AS flagged, 0 AS diverted FROM flagged
         UNION ALL SELECT township_id, month, 0, 1 FROM diverted)
       SELECT m.township_id, t.name AS township_name, m.month, sum(m.flagged)::int AS flagged, sum(m.diverted)::int AS diverted
       FROM months m JOIN org_unit t ON t.id = m.township_id
       GROUP BY m.township_id, t.name, t.sort_order, m.month ORDER BY m.month, t.sort_order, t.name`,
      params,
    );
    return rows.map((r) => ({ townshipId: r.township_id, townshipName: r.township_name, month: r.month, flagged: r.flagged, diverted: r.diverted }));
  }

  /** Writes the filtered ledger as .xlsx, in keyset batches. */
  async export(query: DiversionLedgerQueryDto, user: CurrentUser, out: Writable): Promise<number> {
    const headers: [string, number][] = [
      ['事项编号', 18],
      ['事项标题', 30],
      ['属地', 12],
      ['分流去向', 14],
      ['有权处理机关', 26],
      ['法律依据', 40],
      ['法定时限', 40],
      ['规则版本', 22],
      ['告知书编号', 20],
      ['送达时间', 18],
      ['计入已分流', 10],
      ['决定人', 10],
      ['决定时间', 18],
      ['回访结果', 14],
      ['核实日期', 12],
      ['核实依据', 30],
    ];
    const sheet = new XlsxSheetWriter(
      out,
      '分流台账',
      headers.map(([header, width]) => ({ header, width })),
    );
    let cursor: { key: string; id: string } | null = null;
    let done = 0;
    for (;;) {
      const rows = await this.batch(query, user, cursor, BATCH);
      await sheet.addRows(
        rows.map((r) => {
          const v = toDiversionView(r);
          return [
            v.caseNo,
            v.caseTitle,
            v.townshipName,
            DIVERSION_ROUTE_LABELS[v.route],
            v.competentOrgan,
            v.legalBasis,
            v.statutoryClock || '—',
            v.ruleCode ? `${v.ruleTitle ?? v.ruleCode} 第${v.ruleVersion}版` : '人工选择',
            v.noticeNo,
            v.noticeDeliveredAt ? chinaDate(new Date(v.noticeDeliveredAt)) : '未送达',
            v.counted ? '是' : '否',
            v.decidedByName,
            chinaDate(new Date(v.decidedAt)),
            v.followUp ? CHANNEL_ENTRY_OUTCOME_LABELS[v.followUp.outcome] : '待回访',
            v.followUp?.checkedOn ?? '',
            v.followUp?.evidence ?? '',
          ];
        }),
      );
      done += rows.length;
      const last = rows.at(-1);
      if (rows.length < BATCH || !last) break;
      cursor = { key: last.decided_at.toISOString(), id: last.id };
    }
    await sheet.addRows([[], [`导出人：${user.displayName}（${user.username}） 导出时间：${chinaDateTime(new Date())} 共 ${done} 行。`]]);
    await sheet.close();
    return done;
  }

  private async batch(query: DiversionLedgerQueryDto, user: CurrentUser, cursor: { key: string; id: string } | null, limit: number): Promise<DiversionRow[]> {
    const params: unknown[] = [];
    const conditions = [caseCondition(territoryOf(user), params)];
    const add = (sql: string, ...values: unknown[]): void => {
      conditions.push(sql.replace(/\?/g, () => `$${params.push(values.shift())}`));
    };
    if (query.townshipId) add('d.township_id = ?::uuid', query.townshipId);
    if (query.route) add('d.route = ?', query.route);
    if (query.month)
      add(`d.decided_at >= (?::date AT TIME ZONE ${ZONE}) AND d.decided_at < ((?::date + interval '1 month') AT TIME ZONE ${ZONE})`, `${query.month}-01`, `${query.month}-01`);
    if (query.counted !== undefined) conditions.push(query.counted ? 'n.delivered_at IS NOT NULL' : 'n.delivered_at IS NULL');
    if (cursor) add('(d.decided_at, d.id) < (?::timestamptz, ?::uuid)', cursor.key, cursor.id);
    params.push(limit);
    return this.dataSource.query(`${DIVERSION_SQL} WHERE ${conditions.join(' AND ')} ORDER BY d.decided_at DESC, d.id DESC LIMIT $${params.length}`, params);
  }
}
