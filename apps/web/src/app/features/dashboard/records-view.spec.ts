import type { IndicatorDrillDown, IndicatorRecord } from '@julu/contracts';
import { filterRecords, recordsRoute, snapshotState } from './records-view';

const record = (id: string, numerator: number): IndicatorRecord => ({ recordId: id, label: id, link: null, numerator, denominator: 1, reason: '' });
const drill = (numerator: number, denominator: number, snapshot: [number, number] | null): IndicatorDrillDown => ({
  code: 'ON_TIME_CLOSURE',
  name: '按期办结率',
  periodKey: '2026-11',
  orgUnitId: 'u',
  orgUnitName: '巨鹿镇',
  numerator,
  denominator,
  value: null,
  snapshot: snapshot && {
    periodKey: '2026-11',
    orgUnitId: 'u',
    numerator: snapshot[0],
    denominator: snapshot[1],
    value: null,
    meetsTarget: null,
    definitionVersion: 1,
    computedAt: '',
  },
  records: [],
  warning: null,
});

describe('drill-down view', () => {
  it('filters the records in and out of the numerator', () => {
    const records = [record('a', 1), record('b', 0), record('c', 3)];
    expect(filterRecords(records, 'ALL').map((r) => r.recordId)).toEqual(['a', 'b', 'c']);
    expect(filterRecords(records, 'IN').map((r) => r.recordId)).toEqual(['a', 'c']);
    expect(filterRecords(records, 'OUT').map((r) => r.recordId)).toEqual(['b']);
  });

  it('tells a current snapshot from a missing one and one being recomputed', () => {
    expect(snapshotState(drill(3, 4, [3, 4]))).toBe('CURRENT');
    expect(snapshotState(drill(3, 4, null))).toBe('MISSING');
    expect(snapshotState(drill(3, 5, [3, 4]))).toBe('RECOMPUTING');
    expect(snapshotState(drill(4, 4, [3, 4]))).toBe('RECOMPUTING');
  });

  it('routes to an indicator’s records', () => {
    expect(recordsRoute('VISIT_BATCHES')).toEqual(['/dashboard', 'VISIT_BATCHES', 'records']);
  });
});
