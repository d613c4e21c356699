import type { IndicatorCard, IndicatorTrend, TownshipComparison } from '@julu/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { formatTarget, formatValue, indicatorStatus, type IndicatorStatus, STATUS_COLOURS } from './indicator-status';

/** One township's figure, as the bar chart and its table show it. */
export interface TownshipRow {
  orgUnitId: string;
  name: string;
  value: number | null;
  valueText: string;
  numerator: number | null;
  denominator: number | null;
  status: IndicatorStatus;
}

/** One month of the trend, as the line and its table show it. */
export interface TrendRow {
  periodKey: string;
  month: string;
  value: number | null;
  valueText: string;
  numerator: number;
  denominator: number;
  status: IndicatorStatus;
}

type Definition = Pick<IndicatorCard, 'kind' | 'target' | 'unit'>;

/** Height of the township bar chart: one band per township plus the axis. */
export const barChartHeight = (rows: number): number => Math.max(160, rows * 30 + 48);

export function townshipRows(card: Definition, comparison: TownshipComparison): TownshipRow[] {
  return comparison.rows.map((r) => {
    const value = r.snapshot?.value ?? null;
    return {
      orgUnitId: r.orgUnitId,
      name: r.orgUnitName,
      value,
      valueText: formatValue(value, card.unit),
      numerator: r.snapshot?.numerator ?? null,
      denominator: r.snapshot?.denominator ?? null,
      status: indicatorStatus(card.kind, card.target, value),
    };
  });
}

export function trendRows(card: Definition, trend: IndicatorTrend): TrendRow[] {
  return trend.points.map((p) => ({
    periodKey: p.periodKey,
    month: `${Number(p.periodKey.slice(5, 7))}月`,
    value: p.value,
    valueText: formatValue(p.value, card.unit),
    numerator: p.numerator,
    denominator: p.denominator,
    status: indicatorStatus(card.kind, card.target, p.value),
  }));
}

/** The dashed target line both charts draw. */
function targetLine(card: Definition, axis: 'xAxis' | 'yAxis'): Record<string, unknown> {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { type: 'dashed', color: '#595959' },
    label: { formatter: `目标 ${formatTarget(card.target, card.unit)}`, position: axis === 'xAxis' ? 'end' : 'insideEndTop', color: '#595959' },
    data: [{ [axis]: card.target.value }],
  };
}

const valueAxisLabel = (card: Definition): Record<string, unknown> => ({ formatter: card.unit === '%' ? '{value}%' : '{value}' });

/** Horizontal bars, one per township (top to bottom in the org order), coloured by status against the target. */
export function townshipBarOption(card: Definition, rows: readonly TownshipRow[]): EChartsCoreOption {
  const maxTarget = card.kind === 'RATE' ? 100 : undefined;
  return {
    animation: false,
    grid: { left: 8, right: 72, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => tooltipText(rows[p.dataIndex]) },
    xAxis: { type: 'value', max: maxTarget, axisLabel: valueAxisLabel(card) },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        // A township with a small figure still gets a bar one can click.
        barMinHeight: 6,
        cursor: 'pointer',
        data: rows.map((r) => ({ value: r.value, itemStyle: { color: STATUS_COLOURS[r.status] } })),
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => rows[p.dataIndex].valueText },
        markLine: targetLine(card, 'xAxis'),
      },
    ],
  };
}

/** The selected unit's months of one year, with the target line. */
export function trendLineOption(card: Definition, rows: readonly TrendRow[]): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => `${rows[p.dataIndex].month}：${tooltipText(rows[p.dataIndex])}` },
    xAxis: { type: 'category', data: rows.map((r) => r.month), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: card.kind === 'RATE' ? 100 : undefined, axisLabel: valueAxisLabel(card) },
    series: [
      {
        type: 'line',
        cursor: 'pointer',
        symbolSize: 9,
        lineStyle: { color: '#1677ff' },
        data: rows.map((r) => ({ value: r.value, itemStyle: { color: STATUS_COLOURS[r.status] } })),
        markLine: targetLine(card, 'yAxis'),
      },
    ],
  };
}

function tooltipText(row: { valueText: string; numerator: number | null; denominator: number | null; name?: string }): string {
  const parts = row.numerator === null ? '' : `（${row.numerator} / ${row.denominator ?? 0}）`;
  return escapeHtml(`${row.name ? `${row.name}：` : ''}${row.valueText}${parts}`);
}

/** ECharts renders a tooltip's text as HTML: unit names come from the database. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
