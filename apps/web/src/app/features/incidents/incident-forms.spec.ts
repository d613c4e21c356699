import { incidentReportErrors, quickReportErrors, type QuickReportForm, type ReportForm } from './incident-forms';

const now = new Date('2026-03-05T02:00:00.000Z');
const minutesAgo = (n: number): string => new Date(now.getTime() - n * 60_000).toISOString();

const quick = (): QuickReportForm => ({
  title: '村民聚集',
  discoveredAt: minutesAgo(20),
  level: 'GENERAL',
  nature: 'GROUP_VISIT',
  townshipId: 't1',
  villageId: '',
  placeDetail: '镇政府门口',
  peopleCount: 30,
  description: '三十余名村民聚集反映补偿问题',
  measures: '',
  phoneDone: false,
  phoneReportedAt: minutesAgo(0),
  phoneTimeReason: '',
  reportedTo: [],
});

describe('quickReportErrors', () => {
  it('takes a complete 快报 and names each missing field on its control', () => {
    expect(quickReportErrors(quick(), now, false)).toEqual([]);
    expect(quickReportErrors({ ...quick(), title: '聚', discoveredAt: '', townshipId: '', placeDetail: ' ', description: '聚集' }, now, false)).toEqual([
      { field: 'title', message: '请填写事件简题（至少 2 个字）' },
      { field: 'discoveredAt', message: '请选择获知时间' },
      { field: 'townshipId', message: '请选择事发乡镇（开发区）' },
      { field: 'placeDetail', message: '请填写事发地点' },
      { field: 'description', message: '请简要说明事件情况（至少 4 个字）' },
    ]);
    expect(quickReportErrors({ ...quick(), discoveredAt: new Date(now.getTime() + 10 * 60_000).toISOString(), peopleCount: -1 }, now, false).map((e) => e.field)).toEqual([
      'discoveredAt',
      'peopleCount',
    ]);
  });

  it('asks a phoned-in 快报 for its recipients, and an earlier phone time for its reason', () => {
    expect(quickReportErrors({ ...quick(), phoneDone: true }, now, false)).toEqual([{ field: 'reportedTo', message: '已电话报告的，请选择报送对象' }]);
    const phoned = { ...quick(), phoneDone: true, reportedTo: ['县委总值班室'] };
    expect(quickReportErrors(phoned, now, false)).toEqual([]);
    expect(quickReportErrors({ ...phoned, phoneReportedAt: minutesAgo(10) }, now, true).map((e) => e.field)).toEqual(['phoneTimeReason']);
    expect(quickReportErrors({ ...phoned, phoneReportedAt: minutesAgo(10), phoneTimeReason: '已先行电话报告' }, now, true)).toEqual([]);
    expect(quickReportErrors({ ...phoned, phoneReportedAt: minutesAgo(30) }, now, true)).toEqual([{ field: 'phoneReportedAt', message: '电话报告时间不能早于获知时间' }]);
    expect(quickReportErrors({ ...phoned, phoneReportedAt: '' }, now, true)).toEqual([{ field: 'phoneReportedAt', message: '请选择电话报告时间' }]);
  });
});

describe('incidentReportErrors', () => {
  const report = (): ReportForm => ({ kind: 'INITIAL', backfill: false, reportedAt: minutesAgo(0), timeReason: '', reportedTo: ['县委总值班室'], content: '初报：已处置' });
  const discovered = new Date(minutesAgo(60));
  it('asks for recipients, and content except on a 电话 report', () => {
    expect(incidentReportErrors(report(), now, discovered)).toEqual([]);
    expect(incidentReportErrors({ ...report(), reportedTo: [], content: '' }, now, discovered)).toEqual([
      { field: 'reportedTo', message: '请至少选择一个报送对象' },
      { field: 'content', message: '请填写报告内容（至少 4 个字）' },
    ]);
    expect(incidentReportErrors({ ...report(), kind: 'PHONE', content: '' }, now, discovered)).toEqual([]);
  });

  it('takes a 补录 only with its reason and a time between the discovery and now', () => {
    const backfill = { ...report(), backfill: true, reportedAt: minutesAgo(30) };
    expect(incidentReportErrors(backfill, now, discovered)[0]?.field).toBe('timeReason');
    expect(incidentReportErrors({ ...backfill, timeReason: '事后补录书面报告' }, now, discovered)).toEqual([]);
    expect(incidentReportErrors({ ...backfill, reportedAt: minutesAgo(90) }, now, discovered)[0]?.message).toBe('报告时间不能早于获知时间');
  });
});
