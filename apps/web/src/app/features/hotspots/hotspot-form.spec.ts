import type { CreateHotspotRequest } from '@julu/contracts';
import { hotspotFormErrors } from './hotspot-form';

const complete = (): CreateHotspotRequest => ({
  foundOn: '2026-03-02',
  foundBy: '王干事',
  reportingOrg: '巨鹿镇',
  townshipId: '7d4c3b2a-1111-4222-8333-444455556666',
  villageId: null,
  categoryCode: '04',
  description: '土地补偿款未兑现',
  mainDemand: '兑现补偿款',
  peopleInvolved: 20,
  groupType: '村民',
  possibleDirection: null,
  riskLevel: 2,
  leaderInCharge: '李镇长',
  responsibleOrg: '巨鹿镇人民政府',
  responsiblePerson: '王干事',
  stabilityPerson: '赵干事',
  measuresResolve: '分批兑付',
  measuresStability: '包户稳控',
  deadlineDays: 30,
});

describe('hotspotFormErrors', () => {
  it('takes a complete hotspot', () => {
    expect(hotspotFormErrors(complete())).toEqual([]);
  });

  it('names every missing required field on its control, in reading order', () => {
    const form = { ...complete(), foundBy: ' ', townshipId: '', categoryCode: '', description: '', measuresStability: '' };
    expect(hotspotFormErrors(form)).toEqual([
      { field: 'foundBy', message: '请填写排查人' },
      { field: 'townshipId', message: '请选择属地乡镇' },
      { field: 'categoryCode', message: '请选择隐患类别' },
      { field: 'description', message: '请填写隐患描述' },
      { field: 'measuresStability', message: '请填写稳控措施' },
    ]);
  });

  it('refuses what the API refuses: too long, people and deadline out of range', () => {
    const form = { ...complete(), foundBy: '王'.repeat(51), groupType: '群'.repeat(51), peopleInvolved: 0, deadlineDays: 367 };
    expect(hotspotFormErrors(form).map((e) => e.field)).toEqual(['foundBy', 'peopleInvolved', 'groupType', 'deadlineDays']);
    expect(hotspotFormErrors({ ...complete(), deadlineDays: 2.5 })[0]?.message).toContain('整数');
    expect(hotspotFormErrors({ ...complete(), foundOn: '' })).toEqual([{ field: 'foundOn', message: '请选择排查日期' }]);
  });
});
