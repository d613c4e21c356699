import type { BacklogCaseView, HotspotDetailView, HotspotListResponse } from '@julu/contracts';
import { addDays, chinaDate } from '@julu/domain';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';

const PASSWORD = 'hotspot-linked-cases-password-1';

/**
 * A hotspot or backlog case of the township may be linked (by the county) to cases the township
 * officer may not see: another township's, or a 检举控告 accusing the township. The officer sees the
 * hotspot and the backlog case, but never those linked cases — not their number, not their title,
 * not even their id.
 */
describe('cases linked to hotspots and backlog cases follow the case-visibility rule (real PostgreSQL)', () => {
  let t: SeededApp;
  let julu: string;
  const today = chinaDate(new Date());
  const cases = { visible: '', foreign: '', accusing: '' };

  const register = async (townshipId: string, overrides: Record<string, unknown> = {}): Promise<string> => {
    const person = await t.http().post('/api/petitioners').set(t.auth.reception).send({ name: '关联测试', idType: 'OTHER', townshipId }).expect(201);
    const res = await t
      .http()
      .post('/api/cases')
      .set(t.auth.reception)
      .send({
        channel: 'VISIT',
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '01',
        title: '关联测试事项',
        mainRequest: '测试诉求',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
        ...overrides,
      })
      .expect(201);
    return res.body.case.id;
  };

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['township', 'supervisor', 'reception']);
    julu = await t.unitId('巨鹿镇');
    cases.visible = await register(julu);
    cases.foreign = await register(await t.unitId('王虎寨镇'));
    cases.accusing = await register(julu, { matterType: 'ACCUSATION', involvedUnitId: julu, title: '检举镇干部' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('shows a township officer only the linked cases of a hotspot they may see, in the detail and the ledger', async () => {
    const created = await t
      .http()
      .post('/api/hotspots')
      .set(t.auth.supervisor)
      .send({
        foundOn: today,
        foundBy: '县督查',
        reportingOrg: '县信访局',
        townshipId: julu,
        categoryCode: '01',
        description: '关联测试隐患',
        mainDemand: '诉求',
        peopleInvolved: 5,
        riskLevel: 3,
        leaderInCharge: '李镇长',
        responsibleOrg: '巨鹿镇人民政府',
        responsiblePerson: '王干事',
        stabilityPerson: '赵干事',
        measuresResolve: '化解',
        measuresStability: '稳控',
        deadlineDays: 30,
      })
      .expect(201);
    const id: string = created.body.id;
    for (const caseId of Object.values(cases)) await t.http().post(`/api/hotspots/${id}/cases`).set(t.auth.supervisor).send({ caseId }).expect(201);
    const county = (await t.http().get(`/api/hotspots/${id}`).set(t.auth.supervisor).expect(200)).body as HotspotDetailView;
    expect(county.linkedCases).toHaveLength(3);

    const detail = (await t.http().get(`/api/hotspots/${id}`).set(t.auth.township).expect(200)).body as HotspotDetailView;
    expect(detail.linkedCases.map((c) => c.id)).toEqual([cases.visible]);
    expect(detail.linkedCaseIds).toEqual([cases.visible]);
    expect(JSON.stringify(detail)).not.toContain('检举镇干部');
    const ledger = (await t.http().get('/api/hotspots').set(t.auth.township).expect(200)).body as HotspotListResponse;
    expect(ledger.items.find((h) => h.id === id)?.linkedCaseIds).toEqual([cases.visible]);
  });

  it('shows a township officer only the linked case ids of a backlog case they may see', async () => {
    const body = {
      title: '关联测试积案',
      origin: 'CITY',
      townshipId: julu,
      linkedCaseIds: Object.values(cases),
      leader: '县领导',
      responsibleOrg: '巨鹿镇人民政府',
      team: '专班',
      task: '化解',
      responsibility: '负总责',
      plan: '一案一策',
      deadline: addDays(today, 60),
      supervisionLevel: null,
    };
    const created = (await t.http().post('/api/backlog-cases').set(t.auth.supervisor).send(body).expect(201)).body as BacklogCaseView;
    expect([...created.linkedCaseIds].sort()).toEqual(Object.values(cases).sort());

    const seen = (await t.http().get(`/api/backlog-cases/${created.id}`).set(t.auth.township).expect(200)).body as BacklogCaseView;
    expect(seen.linkedCaseIds).toEqual([cases.visible]);
    const list = (await t.http().get('/api/backlog-cases').set(t.auth.township).expect(200)).body as { items: BacklogCaseView[] };
    expect(list.items.find((b) => b.id === created.id)?.linkedCaseIds).toEqual([cases.visible]);
  });
});
