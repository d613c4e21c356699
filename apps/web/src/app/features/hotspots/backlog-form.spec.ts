import type { CreateBacklogCaseRequest } from '@julu/contracts';
import { backlogCaseErrors, leaderActivityErrors, resolutionErrors } from './backlog-form';

const draft = (): CreateBacklogCaseRequest => ({
  title: '某村征地补偿信访积案',
  origin: 'LOCAL_SCREENING',
  townshipId: '7d4c3b2a-1111-4222-8333-444455556666',
  linkedCaseIds: [],
  leader: '张副县长',
  responsibleOrg: '巨鹿镇人民政府',
  team: '专班 5 人',
  task: '核实补偿标准并兑付',
  responsibility: '镇长负总责',
  plan: '一案一策',
  deadline: '2026-06-30',
  supervisionLevel: null,
});

describe('backlogCaseErrors', () => {
  it('takes a case with its 五定 and names each missing one on its control', () => {
    expect(backlogCaseErrors(draft())).toEqual([]);
    expect(backlogCaseErrors({ ...draft(), title: '', townshipId: '', team: ' ', deadline: '' })).toEqual([
      { field: 'title', message: '请填写积案名称' },
      { field: 'townshipId', message: '请选择属地乡镇' },
      { field: 'team', message: '请填写工作专班（定人员）' },
      { field: 'deadline', message: '请选择化解时限（定时间）' },
    ]);
    expect(backlogCaseErrors({ ...draft(), leader: '张'.repeat(51) })[0]?.message).toBe('包案领导（定领导）不超过 50 个字，请删减');
  });
});

describe('leaderActivityErrors', () => {
  const activity = { kind: 'RECEPTION' as const, heldOn: '2026-03-02', place: '村委会', leader: '张副县长', peopleMet: '信访人', result: '当面解释' };
  it('takes a held activity and refuses one dated after today or missing its facts', () => {
    expect(leaderActivityErrors(activity, '2026-03-02')).toEqual([]);
    expect(leaderActivityErrors({ ...activity, heldOn: '2026-03-03', place: '' }, '2026-03-02')).toEqual([
      { field: 'heldOn', message: '日期不能晚于今天' },
      { field: 'place', message: '请填写地点' },
    ]);
  });
});

describe('resolutionErrors', () => {
  const base = { status: 'RESOLVING' as const, resolutionType: null, settledOn: '', note: '已约谈' };
  it('asks 已化解 for its way, 已终结 for 依法终结, a past settling day and a note', () => {
    expect(resolutionErrors(base, '2026-03-02')).toEqual([]);
    expect(resolutionErrors({ ...base, status: 'RESOLVED' }, '2026-03-02').map((e) => e.field)).toEqual(['resolutionType']);
    expect(resolutionErrors({ ...base, status: 'RESOLVED', resolutionType: 'EDUCATION' }, '2026-03-02')).toEqual([]);
    expect(resolutionErrors({ ...base, status: 'TERMINATED', resolutionType: 'EDUCATION' }, '2026-03-02')[0]?.message).toBe('已终结的化解方式为依法终结');
    expect(resolutionErrors({ ...base, settledOn: '2026-03-03', note: '' }, '2026-03-02')).toEqual([
      { field: 'settledOn', message: '息诉罢访确认日期不能晚于今天' },
      { field: 'note', message: '请填写情况说明' },
    ]);
  });
});
