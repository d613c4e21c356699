import { Injectable } from '@nestjs/common';
import type { CurrentUser, HotspotImportReport } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { townshipCondition, territoryOf } from '../../core/access/territory';
import { AppConfig } from '../../core/config/app-config';
import { Transactions } from '../../core/database/transactions';
import { invalid } from '../../core/http/api-errors';
import { OutboxService } from '../../core/outbox/outbox.service';
import { assertReasonableXlsx, xlsxLimits } from '../../core/uploads/xlsx-archive';
import { AuditService } from '../audit';
import { CalendarService } from '../calendar';
import { checkSheetRow, HOTSPOT_SHEET_COLUMNS, type SheetKey, type SheetReferences, type SheetRow } from './hotspot-sheet';
import { hotspotDeadline, insertHotspot } from './hotspot-writer';

const MAX_ROWS = 2000;
export interface UploadedSheet {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * Import of an existing hotspot ledger (.xlsx): every row is checked and reported (accepted, or
 * rejected with the reasons); only when every row is accepted are all rows saved, in one
 * transaction, so a half-imported ledger cannot happen.
 */
@Injectable()
export class HotspotImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly calendar: CalendarService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async import(file: UploadedSheet | undefined, user: CurrentUser): Promise<HotspotImportReport> {
    if (!file || file.size === 0) throw invalid('请选择要导入的 Excel 文件（.xlsx）');
    assertReasonableXlsx(file.buffer, xlsxLimits(this.config));
    const rows = await readSheet(file.buffer);
    return this.transactions.run(async (m) => {
      const refs = await references(m, user);
      const seen = new Map<string, number>();
      const checked = rows.map(({ row, values }) => {
        const { request, errors } = checkSheetRow(values, refs);
        const key = `${values.township ?? ''}|${(values.description ?? '').trim()}`;
        const first = seen.get(key);
        if (first !== undefined) errors.push(`与第 ${first} 行的乡镇和隐患描述重复`);
        else seen.set(key, row);
        return { row, request: errors.length === 0 ? request : null, errors, description: (values.description ?? '').trim().slice(0, 60) };
      });
      const rejected = checked.filter((r) => r.errors.length > 0).length;
      const report: HotspotImportReport = {
        imported: rejected === 0,
        total: checked.length,
        accepted: checked.length - rejected,
        rejected,
        rows: checked.map((r) => ({ row: r.row, description: r.description, accepted: r.errors.length === 0, errors: r.errors })),
      };
      if (!report.imported) return report;
      const { calendar } = await this.calendar.statutoryCalendar(m);
      for (const r of checked) {
        if (r.request) await insertHotspot(m, r.request, hotspotDeadline(r.request.foundOn, r.request.deadlineDays, calendar), user);
      }
      await this.audit.record(m, { action: 'hotspot.import', entityType: 'risk_hotspot', changes: { rows: { after: checked.length } }, reason: file.originalname });
      await this.outbox.record(m, { eventType: 'hotspot.imported', aggregateType: 'risk_hotspot', aggregateId: user.id, payload: { rows: checked.length } });
      return report;
    });
  }
}

/** The data rows of the first sheet, keyed by the known column headers (unknown columns ignored). */
async function readSheet(buffer: Buffer): Promise<{ row: number; values: SheetRow }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Uint8Array.from(buffer).buffer);
  } catch {
    throw invalid('无法读取该文件，请上传 Excel 工作簿（.xlsx）');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid('工作簿中没有工作表');
  const columns = new Map<number, SheetKey>();
  sheet.getRow(1).eachCell((cell, col) => {
    const found = HOTSPOT_SHEET_COLUMNS.find(([, header]) => header === cellText(cell.value));
    if (found) columns.set(col, found[0]);
  });
  const missing = HOTSPOT_SHEET_COLUMNS.filter(([key]) => key !== 'village' && key !== 'groupType' && key !== 'possibleDirection' && ![...columns.values()].includes(key));
  if (missing.length > 0) throw invalid(`第 1 行缺少列：${missing.map(([, h]) => h).join('、')}（请使用导出的台账格式）`);
  const rows: { row: number; values: SheetRow }[] = [];
  sheet.eachRow((r, index) => {
    if (index === 1) return;
    const values: SheetRow = {};
    for (const [col, key] of columns) values[key] = cellText(r.getCell(col).value);
    if (Object.values(values).some((v) => v && v.trim())) rows.push({ row: index, values });
  });
  if (rows.length === 0) throw invalid('表格中没有数据行');
  if (rows.length > MAX_ROWS) throw invalid(`一次最多导入 ${MAX_ROWS} 行，请分批导入`);
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

async function references(m: EntityManager, user: CurrentUser): Promise<SheetReferences> {
  const params: unknown[] = [];
  const scope = townshipCondition(territoryOf(user), 't.id', params);
  const townships: { id: string; name: string }[] = await m.query(
    `SELECT t.id, t.name FROM org_unit t WHERE t.type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND t.retired_at IS NULL AND ${scope}`,
    params,
  );
  const villages: { id: string; name: string; parent_id: string }[] = await m.query(
    `SELECT id, name, parent_id FROM org_unit WHERE type IN ('VILLAGE', 'COMMUNITY') AND retired_at IS NULL AND parent_id = ANY ($1::uuid[])`,
    [townships.map((t) => t.id)],
  );
  const categories: { code: string; label: string }[] = await m.query('SELECT code, label FROM content_category WHERE retired_at IS NULL');
  const byTownship = new Map<string, Map<string, string>>();
  for (const v of villages) byTownship.set(v.parent_id, (byTownship.get(v.parent_id) ?? new Map<string, string>()).set(v.name, v.id));
  return {
    townships: new Map(townships.map((t) => [t.name, t.id])),
    villages: byTownship,
    categories: new Map(
      categories.flatMap(
        (c) =>
          [
            [c.code, c],
            [c.label, c],
          ] as [string, { code: string; label: string }][],
      ),
    ),
    today: chinaDate(new Date()),
  };
}
