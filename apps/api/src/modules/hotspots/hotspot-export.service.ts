import { Injectable } from '@nestjs/common';
import { type CurrentUser, HOTSPOT_STATUS_LABELS, RISK_LEVEL_LABELS, UPWARD_DIRECTION_LABELS } from '@julu/contracts';
import { chinaDate, hotspotColour } from '@julu/domain';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { XlsxSheetWriter } from '../../core/xlsx/xlsx-sheet-writer';
import type { HotspotListQueryDto } from './dto/hotspot-list.query';
import type { HotspotRow } from './hotspot.rows';
import { HOTSPOT_SHEET_COLUMNS, type SheetKey } from './hotspot-sheet';
import { HotspotsService } from './hotspots.service';

const BATCH = 500;
const COLOUR_WORDS = { GREEN: '绿（已办结）', YELLOW: '黄（临期）', RED: '红（超期）', GREY: '灰（中止）', NONE: '' } as const;

/** The hotspot ledger as .xlsx: the import columns first (so a sheet can be re-used), then the state. */
@Injectable()
export class HotspotExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hotspots: HotspotsService,
  ) {}

  async write(query: HotspotListQueryDto, user: CurrentUser, out: Writable): Promise<number> {
    const extra: [string, number][] = [
      ['编号', 14],
      ['化解期限', 12],
      ['化解状态', 12],
      ['期限提示', 12],
      ['销号日期', 12],
      ['销号审批人', 10],
    ];
    const columns = [...HOTSPOT_SHEET_COLUMNS.map(([, header, width]) => ({ header, width })), ...extra.map(([header, width]) => ({ header, width }))];
    const sheet = new XlsxSheetWriter(out, '信访隐患排查化解台账', columns);
    const today = chinaDate(new Date());
    let cursor: { key: string; id: string } | null = null;
    let done = 0;
    for (;;) {
      const rows = await this.hotspots.batch(this.dataSource.manager, query, user, cursor, BATCH);
      await sheet.addRows(
        rows.map((r) => [
          ...HOTSPOT_SHEET_COLUMNS.map(([key]) => sheetValue(r, key)),
          r.hotspot_no,
          r.deadline,
          HOTSPOT_STATUS_LABELS[r.status],
          COLOUR_WORDS[hotspotColour(r.status, r.deadline, today)],
          r.closed_on ?? '',
          r.closed_by_name ?? '',
        ]),
      );
      done += rows.length;
      const last = rows.at(-1);
      if (rows.length < BATCH || !last) break;
      cursor = { key: last.found_on, id: last.id };
    }
    await sheet.close();
    return done;
  }
}

function sheetValue(r: HotspotRow, key: SheetKey): string | number {
  switch (key) {
    case 'township':
      return r.township_name;
    case 'village':
      return r.village_name ?? '';
    case 'category':
      return r.category_label;
    case 'possibleDirection':
      return r.possible_direction ? UPWARD_DIRECTION_LABELS[r.possible_direction] : '';
    case 'riskLevel':
      return RISK_LEVEL_LABELS[r.risk_level];
    case 'foundOn':
      return r.found_on;
    case 'foundBy':
      return r.found_by;
    case 'reportingOrg':
      return r.reporting_org;
    case 'description':
      return r.description;
    case 'mainDemand':
      return r.main_demand;
    case 'peopleInvolved':
      return r.people_involved;
    case 'groupType':
      return r.group_type;
    case 'leaderInCharge':
      return r.leader_in_charge;
    case 'responsibleOrg':
      return r.responsible_org;
    case 'responsiblePerson':
      return r.responsible_person;
    case 'stabilityPerson':
      return r.stability_person;
    case 'measuresResolve':
      return r.measures_resolve;
    case 'measuresStability':
      return r.measures_stability;
    case 'deadlineDays':
      return r.deadline_days;
  }
}
