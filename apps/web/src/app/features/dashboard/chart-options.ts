import type { IndicatorCard, IndicatorTrend, TownshipComparison } from '@julu/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { formatTarget, formatValue, indicatorStatus, type IndicatorStatus, STATUS_COLOURS } from './indicator-status';

/** What a township row without a snapshot shows, in the table and beside its (absent) bar. */
export const NO_DATA = '无数据';

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

/** Townships are judged only on rates: a count's target is the county's (see targetApplies). */
export function townshipRows(card: Definition, comparison: TownshipComparison): TownshipRow[] {
  return comparison.rows.map((r) => {
    const value = r.snapshot?.value ?? null;
    return {
      orgUnitId: r.orgUnitId,
      name: r.orgUnitName,
      value,
      // A township without a snapshot says so: a blank would read like 0 or like a rendering fault.
      valueText: value === null ? NO_DATA : formatValue(value, card.unit),
      numerator: r.snapshot?.numerator ?? null,
      denominator: r.snapshot?.denominator ?? null,
      status: indicatorStatus(card.kind, card.target, value, card.kind === 'RATE'),
    };
  });
}

/** Months judged only on rates (a count's target is a year's); months after `currentMonth` have no value yet. */
export function trendRows(card: Definition, trend: IndicatorTrend, currentMonth: string): TrendRow[] {
  return trend.points.map((p) => {
    const value = p.periodKey > currentMonth ? null : p.value;
    return {
      periodKey: p.periodKey,
      month: `${Number(p.periodKey.slice(5, 7))}月`,
      value,
      valueText: formatValue(value, card.unit),
      numerator: p.numerator,
      denominator: p.denominator,
      status: indicatorStatus(card.kind, card.target, value, card.kind === 'RATE'),
    };
  });
}

/**
 * The dashed target line both charts draw. Its text is not a line label: at 95% that sat on the
 * 100% axis label. It is the chart's caption in the top right corner, above the plot (targetCaption).
 */
function targetLine(card: Definition, axis: 'xAxis' | 'yAxis'): Record<string, unknown> {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { type: 'dashed', color: '#595959' },
    label: { show: false },
    data: [{ [axis]: card.target.value }],
  };
}

/** "- - 目标 ≥ 95%" in the top right corner, clear of both axes' labels (rates only, like the line). */
export const targetCaption = (card: Definition): Record<string, unknown> =>
  card.kind === 'RATE'
    ? { title: { text: `- - 目标 ${formatTarget(card.target, card.unit)}`, right: 8, top: 0, textStyle: { fontSize: 12, fontWeight: 'normal', color: '#595959' } } }
    : {};

const valueAxis = (card: Definition): Record<string, unknown> =>
  card.kind === 'RATE' ? { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } } : { type: 'value', min: 0, minInterval: 1 };
/** Only a rate's target holds for a township or a month. */
const targetLineOf = (card: Definition, axis: 'xAxis' | 'yAxis'): Record<string, unknown> => (card.kind === 'RATE' ? { markLine: targetLine(card, axis) } : {});

/** Horizontal bars, one per township (top to bottom in the org order), coloured by status against the target. */
export function townshipBarOption(card: Definition, rows: readonly TownshipRow[]): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 8, right: 72, top: 28, bottom: 8, containLabel: true },
    ...targetCaption(card),
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => tooltipText(rows[p.dataIndex]) },
    xAxis: valueAxis(card),
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => (r.value === null ? `${r.name}（${NO_DATA}）` : r.name)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        // A township with a small figure still gets a bar one can click.
        barMinHeight: 6,
        cursor: 'pointer',
        data: rows.map((r) => ({ value: r.value, itemStyle: { color: STATUS_COLOURS[r.status] } })),
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => rows[p.dataIndex].valueText },
        ...targetLineOf(card, 'xAxis'),
      },
    ],
  };
}

/** The selected unit's months of one year, with the target line. */
export function trendLineOption(card: Definition, rows: readonly TrendRow[]): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    ...targetCaption(card),
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => `${rows[p.dataIndex].month}：${tooltipText(rows[p.dataIndex])}` },
    xAxis: { type: 'category', data: rows.map((r) => r.month), boundaryGap: false },
    yAxis: valueAxis(card),
    series: [
      {
        type: 'line',
        cursor: 'pointer',
        symbolSize: 9,
        lineStyle: { color: '#1677ff' },
        data: rows.map((r) => ({ value: r.value, itemStyle: { color: STATUS_COLOURS[r.status] } })),
        ...targetLineOf(card, 'yAxis'),
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
