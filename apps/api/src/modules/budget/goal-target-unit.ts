import { INDICATOR_CODES, type IndicatorCode, indicatorDefinition } from '@julu/domain';

const isIndicator = (code: string): code is IndicatorCode => (INDICATOR_CODES as readonly string[]).includes(code);

export interface StatedTarget {
  targetText: string;
  unit: string | null;
  /** The cell as written when it is restated in the indicator's unit; null when shown as written. */
  targetTextAsWritten: string | null;
}

/**
 * A count row bound to an indicator states its target in the indicator's unit, so the budget page
 * and the dashboard agree: the 2020 tables count 各敏感节点信访值班完成数 as ≥200次 in project 1 and
 * ≥200批次 in project 3, while the indicator counts 次 (值班日, DOMAIN.md §6.2). The cell as written
 * is kept beside it. Rates, unbound rows and unparsed targets are shown as written.
 */
export function statedTarget(row: { targetText: string; operator: string | null; targetValue: number | null; unit: string | null; indicatorCode: string | null }): StatedTarget {
  const asWritten: StatedTarget = { targetText: row.targetText, unit: row.unit, targetTextAsWritten: null };
  if (!row.indicatorCode || !isIndicator(row.indicatorCode) || row.targetValue === null || !row.operator || row.operator === '定性') return asWritten;
  const definition = indicatorDefinition(row.indicatorCode);
  if (definition.kind !== 'COUNT' || !row.unit || row.unit === '%' || row.unit === definition.unit) return asWritten;
  return { targetText: `${row.operator}${row.targetValue}${definition.unit}`, unit: definition.unit, targetTextAsWritten: row.targetText };
}
