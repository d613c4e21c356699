import type { IndicatorTrend, TownshipComparison } from '@julu/contracts';
import { barChartHeight, townshipBarOption, townshipRows, trendLineOption, trendRows } from './chart-options';
import { STATUS_COLOURS } from './indicator-status';

const visits = { kind: 'COUNT' as const, unit: '批次', target: { operator: '≥' as const, value: 200 } };
const closure = { kind: 'RATE' as const, unit: '%', target: { operator: '≥' as const, value: 95 } };
const snapshot = (numerator: number, denominator: number, value: number | null) => ({
  periodKey: '2026-11',
  orgUnitId: 'x',
  numerator,
  denominator,
  value,
  meetsTarget: null,
  definitionVersion: 1,
  computedAt: '',
});

const comparison: TownshipComparison = {
  code: 'ON_TIME_CLOSURE',
  periodKey: '2026-11',
  rows: [
    { orgUnitId: 'a', orgUnitName: '巨鹿镇', snapshot: snapshot(19, 20, 95) },
    { orgUnitId: 'b', orgUnitName: '王虎寨镇', snapshot: snapshot(9, 10, 90) },
    { orgUnitId: 'c', orgUnitName: '<b>堤村乡</b>', snapshot: null },
  ],
};

type Series = {
  data: { value: number | null; itemStyle: { color: string } }[];
  markLine: { data: Record<string, number>[] };
  label?: { formatter: (p: { dataIndex: number }) => string };
};
type Tooltip = { formatter: (p: { dataIndex: number }) => string };

describe('township bar chart', () => {
  const rows = townshipRows(closure, comparison);
  const option = townshipBarOption(closure, rows) as { yAxis: { data: string[] }; xAxis: { max?: number }; series: Series[]; tooltip: Tooltip };

  it('Issue 17: has one bar per township in the org order, coloured by status, with the target line; a township without data says 无数据, not a blank', () => {
    expect(option.yAxis.data).toEqual(['巨鹿镇', '王虎寨镇', '<b>堤村乡</b>（无数据）']);
    expect(option.series[0].data.map((d) => d.value)).toEqual([95, 90, null]);
    expect(option.series[0].data.map((d) => d.itemStyle.color)).toEqual([STATUS_COLOURS.MET, STATUS_COLOURS.NEAR, STATUS_COLOURS.NONE]);
    expect(option.series[0].markLine.data).toEqual([{ xAxis: 95 }]);
    expect(option.xAxis.max).toBe(100);
  });

  it('puts the target text in the top right corner, not on the line where it sat on the 100% axis label', () => {
    const captioned = option as unknown as { title?: { text: string; right: number; top: number }; series: { markLine: { label: { show: boolean } } }[] };
    expect(captioned.series[0].markLine.label.show).toBe(false);
    expect(captioned.title).toMatchObject({ text: '- - 目标 ≥ 95%', right: 8, top: 0 });
  });

  it('labels bars and tooltips with the value and its fraction, escaping names', () => {
    expect(option.series[0].label?.formatter({ dataIndex: 1 })).toBe('90%');
    expect(option.tooltip.formatter({ dataIndex: 0 })).toBe('巨鹿镇：95%（19 / 20）');
    expect(option.tooltip.formatter({ dataIndex: 2 })).toBe('&lt;b&gt;堤村乡&lt;/b&gt;：无数据');
  });

  it('keeps the table rows equal to the chart, and sizes the chart to the townships', () => {
    expect(rows.map((r) => [r.name, r.valueText, r.numerator, r.denominator])).toEqual([
      ['巨鹿镇', '95%', 19, 20],
      ['王虎寨镇', '90%', 9, 10],
      ['<b>堤村乡</b>', '无数据', null, null],
    ]);
    expect(barChartHeight(16)).toBe(16 * 30 + 48);
    expect(barChartHeight(1)).toBe(160);
  });

  it('shows counts unrated, on a whole-number axis without the (annual county) target line', () => {
    const rows = townshipRows(visits, comparison);
    const count = townshipBarOption(visits, rows) as { xAxis: { max?: number; minInterval?: number }; series: Partial<Series>[] };
    expect(count.xAxis.max).toBeUndefined();
    expect(count.xAxis.minInterval).toBe(1);
    expect(count.series[0].markLine).toBeUndefined();
    expect(rows.map((r) => r.status)).toEqual(['UNRATED', 'UNRATED', 'NONE']);
  });
});

describe('trend line', () => {
  const trend: IndicatorTrend = {
    code: 'VISIT_BATCHES',
    orgUnitId: 'county',
    points: Array.from({ length: 12 }, (_, i) => ({
      periodKey: `2026-${String(i + 1).padStart(2, '0')}`,
      value: i < 10 ? (i + 1) * 20 : null,
      numerator: i < 10 ? (i + 1) * 20 : 0,
      denominator: i < 10 ? (i + 1) * 20 : 0,
    })),
  };
  const rows = trendRows(visits, trend, '2026-09');
  const option = trendLineOption(visits, rows) as { xAxis: { data: string[] }; series: Partial<Series>[]; tooltip: Tooltip };

  it('draws the twelve months, none after the current one, counts unrated and without the annual target', () => {
    expect(option.xAxis.data).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(option.series[0].data?.map((d) => d.value)).toEqual([20, 40, 60, 80, 100, 120, 140, 160, 180, null, null, null]);
    expect(option.series[0].data?.[0].itemStyle.color).toBe(STATUS_COLOURS.UNRATED);
    expect(option.series[0].markLine).toBeUndefined();
    expect(option.tooltip.formatter({ dataIndex: 2 })).toBe('3月：60 批次（60 / 60）');
    expect(rows[11]).toMatchObject({ month: '12月', valueText: '—', periodKey: '2026-12' });
  });

  it('colours a rate month by month against its target and draws the target line', () => {
    const rates: IndicatorTrend = { ...trend, points: [90, 94, 95, null].map((value, i) => ({ periodKey: `2026-0${i + 1}`, value, numerator: 0, denominator: 0 })) };
    const line = trendLineOption(closure, trendRows(closure, rates, '2026-12')) as { series: Series[]; yAxis: { max: number } };
    expect(line.series[0].data.map((d) => d.itemStyle.color)).toEqual([STATUS_COLOURS.NEAR, STATUS_COLOURS.NEAR, STATUS_COLOURS.MET, STATUS_COLOURS.NONE]);
    expect(line.series[0].markLine.data).toEqual([{ yAxis: 95 }]);
    expect(line.yAxis.max).toBe(100);
  });
});
