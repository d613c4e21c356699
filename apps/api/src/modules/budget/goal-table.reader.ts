import type { GoalImportRowReport } from '@julu/contracts';
import { parseTarget, TARGET_FLAG_LABELS } from '@julu/domain';
import ExcelJS from 'exceljs';

/** The standard columns of a 绩效目标表, by header text (a few common variants accepted). */
const COLUMNS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标'],
  description: ['绩效指标描述', '指标内容', '指标描述'],
  target: ['指标值', '年度指标值', '指标值（包含数字及文字描述）'],
  basis: ['指标值确定依据', '确定依据', '依据'],
} as const;
type Column = keyof typeof COLUMNS;

export interface ImportedGoalRow {
  level1: string;
  level2: string;
  name: string;
  description: string;
  targetText: string;
  basis: string;
  parsed: ReturnType<typeof parseTarget>;
  report: GoalImportRowReport;
}

export class GoalTableFormatError extends Error {}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return cell.numFmt?.includes('%') ? `${Math.round(v * 10_000) / 100}%` : String(v);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

/**
 * Reads the indicator rows of the first sheet: finds the header row by its column names, carries a
 * blank 一级/二级 cell down from the row above (merged cells), and keeps every row with any content —
 * a row whose target cannot be read is kept with its original text and flagged.
 */
export async function readGoalTable(buffer: Buffer): Promise<{ rows: ImportedGoalRow[]; blankRowsSkipped: number }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new GoalTableFormatError('无法读取该文件，请上传 .xlsx 格式的绩效目标表');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new GoalTableFormatError('文件中没有工作表');
  let headerRow = 0;
  const columns: Partial<Record<Column, number>> = {};
  sheet.eachRow((row, rowNumber) => {
    if (headerRow) return;
    const texts = (row.values as unknown[]).map((_, i) => (i === 0 ? '' : cellText(row.getCell(i)).replace(/\s/g, '')));
    if (!texts.includes('三级指标') || !texts.some((t) => (COLUMNS.target as readonly string[]).includes(t))) return;
    headerRow = rowNumber;
    for (const key of Object.keys(COLUMNS) as Column[]) {
      const index = texts.findIndex((t) => (COLUMNS[key] as readonly string[]).includes(t));
      if (index > 0) columns[key] = index;
    }
  });
  if (!headerRow) throw new GoalTableFormatError('未找到表头：应包含“一级指标、二级指标、三级指标、指标值”等列');
  const missing = (['level1', 'level2', 'name', 'target'] as Column[]).filter((c) => !columns[c]);
  if (missing.length > 0) throw new GoalTableFormatError(`表头缺少列：${missing.map((c) => COLUMNS[c][0]).join('、')}`);

  const rows: ImportedGoalRow[] = [];
  let blankRowsSkipped = 0;
  let level1 = '';
  let level2 = '';
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const get = (c: Column): string => (columns[c] ? cellText(row.getCell(columns[c] as number)).trim() : '');
    const values = { level1: get('level1'), level2: get('level2'), name: get('name'), description: get('description'), targetText: get('target'), basis: get('basis') };
    if (Object.values(values).every((v) => v === '')) {
      blankRowsSkipped++;
      continue;
    }
    level1 = values.level1 || level1;
    level2 = values.level2 || (values.level1 ? '' : level2);
    const parsed = parseTarget(values.targetText, { level2, name: values.name });
    const messages = parsed.flags.map((f) => TARGET_FLAG_LABELS[f]);
    if (!values.name) messages.push('三级指标名称为空');
    if (!level1 || !level2) messages.push('一级或二级指标为空');
    rows.push({
      ...values,
      level1,
      level2,
      parsed,
      report: { rowNumber: n, level1, level2, name: values.name, targetText: parsed.original, status: messages.length > 0 ? 'FLAGGED' : 'OK', flags: parsed.flags, messages },
    });
  }
  return { rows, blankRowsSkipped };
}
