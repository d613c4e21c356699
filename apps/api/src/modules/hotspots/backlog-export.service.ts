import { Injectable } from '@nestjs/common';
import { BACKLOG_ORIGIN_LABELS, BACKLOG_STATUS_LABELS, type CurrentUser, RESOLUTION_TYPE_LABELS, SUPERVISION_LEVEL_LABELS } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { XlsxSheetWriter } from '../../core/xlsx/xlsx-sheet-writer';
import type { BacklogRow } from './backlog.rows';
import { BacklogService } from './backlog.service';
import type { BacklogListQueryDto } from './dto/backlog.dto';

const BATCH = 500;
const OPEN = new Set(['UNRESOLVED', 'RESOLVING', 'RELAPSED']);

/** Header, column width and cell value of each column of the 积案 ledger, 五定 first. */
const COLUMNS: readonly [string, number, (r: BacklogRow, today: string) => string][] = [
  ['编号', 14, (r) => r.backlog_no],
  ['积案名称', 30, (r) => r.title],
  ['积案来源', 14, (r) => BACKLOG_ORIGIN_LABELS[r.origin]],
  ['属地乡镇', 12, (r) => r.township_name],
  ['包案领导（定领导）', 14, (r) => r.leader],
  ['责任单位', 20, (r) => r.responsible_org],
  ['工作专班（定人员）', 20, (r) => r.team],
  ['化解任务（定任务）', 30, (r) => r.task],
  ['责任要求（定责任）', 30, (r) => r.responsibility],
  ['化解方案', 40, (r) => r.plan],
  ['化解时限（定时间）', 12, (r) => r.deadline],
  ['督办级别', 10, (r) => (r.supervision_level ? SUPERVISION_LEVEL_LABELS[r.supervision_level] : '')],
  ['化解状态', 10, (r) => BACKLOG_STATUS_LABELS[r.status]],
  ['化解方式', 14, (r) => (r.resolution_type ? RESOLUTION_TYPE_LABELS[r.resolution_type] : '')],
  ['息诉罢访确认日期', 14, (r) => r.settled_on ?? ''],
  ['是否超期', 8, (r, today) => (OPEN.has(r.status) && today > r.deadline ? '超期' : '')],
  ['关联信访事项数', 10, (r) => String(r.linked_case_ids.length)],
];

/** The 积案 and 领导包案 ledger as .xlsx, within the reader's territory and the list's filters. */
@Injectable()
export class BacklogExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly backlog: BacklogService,
  ) {}

  async write(query: BacklogListQueryDto, user: CurrentUser, out: Writable): Promise<number> {
    const sheet = new XlsxSheetWriter(
      out,
      '信访积案台账',
      COLUMNS.map(([header, width]) => ({ header, width })),
    );
    const today = chinaDate(new Date());
    let cursor: { key: string; id: string } | null = null;
    let done = 0;
    for (;;) {
      const rows = await this.backlog.batch(this.dataSource.manager, query, user, cursor, BATCH);
      await sheet.addRows(rows.map((r) => COLUMNS.map(([, , value]) => value(r, today))));
      done += rows.length;
      const last = rows.at(-1);
      if (rows.length < BATCH || !last) break;
      cursor = { key: last.created_key, id: last.id };
    }
    await sheet.close();
    return done;
  }
}
