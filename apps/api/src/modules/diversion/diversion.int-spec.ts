import type { DiversionCaseView, DiversionCountRow, DiversionView } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import ExcelJS from 'exceljs';
import { binaryBody, type SeededApp, startSeededApp } from '../../../test/seeded-app';

const PASSWORD = 'diversion-test-password-1';

describe('依法分流 (real PostgreSQL)', () => {
  let t: SeededApp;
  let auth: SeededApp['auth'];
  const http = () => t.http();
  const today = chinaDate(new Date());
  const petitioners = new Map<string, string>();

  const register = async (text: { title: string; mainRequest: string }, over: Record<string, unknown> = {}, town = '巨鹿镇'): Promise<string> => {
    const townshipId = await t.unitId(town);
    if (!petitioners.has(town)) {
      const p = await http().post('/api/petitioners').set(auth.reception).send({ name: '分流测试人', idType: 'RESIDENT_ID', mobile: '13912340000', townshipId }).expect(201);
      petitioners.set(town, p.body.id);
    }
    const res = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send({
        channel: 'VISIT',
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId: petitioners.get(town), role: 'PRIMARY' }],
        ...text,
        ...over,
      })
      .expect(201);
    return res.body.case.id;
  };
  const caseView = async (id: string, user = 'reception'): Promise<DiversionCaseView> => (await http().get(`/api/diversion/cases/${id}`).set(auth[user]).expect(200)).body;
  const flag = async (id: string, user = 'reception'): Promise<DiversionCaseView> =>
    (await http().post(`/api/diversion/cases/${id}/flag`).set(auth[user]).send({ reason: '诉求属于劳动争议，应通过仲裁解决' }).expect(201)).body;
  const decide = async (id: string, body: Record<string, unknown> = {}, status = 201, user = 'reception') => {
    const v = await caseView(id, user);
    const s = v.suggestions[0];
    const res = await http()
      .post(`/api/diversion/cases/${id}/decision`)
      .set(auth[user])
      .send({
        expectedVersion: v.version,
        route: s?.route ?? 'LITIGATION',
        ruleId: s?.ruleId,
        competentOrgan: s?.competentOrgan ?? '巨鹿县人民法院',
        note: '该事项属于劳动争议',
        ...body,
      });
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res.body as DiversionCaseView;
  };
  const deliver = async (noticeId: string): Promise<void> => {
    await http().post(`/api/notices/${noticeId}/delivery`).set(auth.reception).send({ method: 'IN_PERSON', deliveredAt: new Date().toISOString() }).expect(201);
  };
  const counts = async (user = 'supervisor'): Promise<DiversionCountRow[]> => (await http().get('/api/diversion/counts').set(auth[user]).expect(200)).body;
  const countFor = (rows: DiversionCountRow[], town: string) =>
    rows.filter((r) => r.townshipName === town).reduce((s, r) => ({ flagged: s.flagged + r.flagged, diverted: s.diverted + r.diverted }), { flagged: 0, diverted: 0 });

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'township', 'supervisor', 'admin', 'handler']);
    ({ auth } = t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('flags a case 涉法涉诉 with who and why, and queues it with the suggestion and the rule that fired', async () => {
    const id = await register({ title: '公司拖欠工资', mainRequest: '请求督促公司支付拖欠的三个月工资' });
    const flagged = await flag(id);
    expect(flagged.flag).toMatchObject({ flagged: true, reason: '诉求属于劳动争议，应通过仲裁解决', flaggedByName: expect.any(String) });
    expect(flagged.suggestions[0]).toMatchObject({ ruleCode: 'WAGE_ARBITRATION', ruleVersion: 1, route: 'ARBITRATION', competentOrgan: '巨鹿县劳动人事争议仲裁委员会' });
    expect(flagged.suggestions[0].legalBasis).toContain('劳动争议调解仲裁法》第二十七条第四款');
    expect(flagged.suggestions[0].matchedKeywords).toContain('工资');
    // Flagging again keeps the first flag.
    const again = await http().post(`/api/diversion/cases/${id}/flag`).set(auth.supervisor).send({ reason: '另一个理由' }).expect(201);
    expect(again.body.flag.reason).toBe('诉求属于劳动争议，应通过仲裁解决');
    const queue = await http().get('/api/diversion/queue').set(auth.reception).expect(200);
    expect(queue.body.items.map((c: DiversionCaseView) => c.caseId)).toContain(id);
    await http().post(`/api/diversion/cases/${id}/flag`).set(auth.reception).send({ reason: '' }).expect(400);
  });

  it('a case flagged at intake is in the queue with its registrar as the flagger', async () => {
    const id = await register({ title: '不服交警罚款', mainRequest: '对交警罚款的行政处罚不服' }, { lawRelated: true, categoryCode: '05' });
    const v = await caseView(id);
    expect(v.flag).toMatchObject({ flagged: true, reason: '登记时标记为涉法涉诉' });
    expect(v.suggestions[0]).toMatchObject({ route: 'ADMIN_RECONSIDERATION' });
    expect(v.suggestions[0].statutoryClock).toContain('六十日');
  });

  it('confirming a route issues the 告知 notice with the channel and the clock, moves the case to 分流, and counts it only once the notice is delivered', async () => {
    const id = await register({ title: '拖欠加班费', mainRequest: '公司不支付加班费' });
    await flag(id);
    const before = countFor(await counts(), '巨鹿镇');
    const v = await decide(id);
    expect(v.state).toBe('DIVERTED');
    const d = v.diversion as DiversionView;
    expect(d).toMatchObject({
      route: 'ARBITRATION',
      ruleCode: 'WAGE_ARBITRATION',
      ruleVersion: 1,
      ruleTitle: '拖欠劳动报酬 → 劳动人事争议仲裁',
      counted: false,
      noticeDeliveredAt: null,
    });
    const workflow = (await http().get(`/api/cases/${id}/workflow`).set(auth.reception).expect(200)).body;
    expect(workflow.state).toBe('DIVERTED');
    const notice = workflow.notices.find((n: { id: string }) => n.id === d.noticeId);
    expect(notice.kind).toBe('NON_ACCEPTANCE');
    expect(notice.paragraphs.join('')).toContain('应当通过仲裁解决');
    expect(notice.paragraphs.join('')).toContain('巨鹿县劳动人事争议仲裁委员会');
    expect(notice.paragraphs.join('')).toContain('自劳动关系终止之日起一年内提出');

    // Not delivered: not counted as diverted, and listed under counted=false.
    expect(countFor(await counts(), '巨鹿镇').diverted).toBe(before.diverted);
    const pending = await http().get('/api/diversion/ledger').query({ counted: false }).set(auth.reception).expect(200);
    expect(pending.body.items.map((x: DiversionView) => x.id)).toContain(d.id);

    await deliver(d.noticeId);
    expect(countFor(await counts(), '巨鹿镇').diverted).toBe(before.diverted + 1);
    const counted = await http()
      .get('/api/diversion/ledger')
      .query({ counted: true, month: today.slice(0, 7) })
      .set(auth.reception)
      .expect(200);
    expect(counted.body.items.find((x: DiversionView) => x.id === d.id)).toMatchObject({ counted: true });
    // A second decision on the same case is refused by the workflow.
    await decide(id, { expectedVersion: (await caseView(id)).version }, 409);
  });

  it('a stale version is refused and nothing is recorded', async () => {
    const id = await register({ title: '工伤认定', mainRequest: '工伤待遇未落实' });
    await decide(id, { expectedVersion: 99 }, 409);
    expect((await caseView(id)).diversion).toBeNull();
  });

  it('staff may choose another route than the suggestion; the decision then names no rule', async () => {
    const id = await register({ title: '工资纠纷', mainRequest: '拖欠工资' });
    const v = await decide(id, { route: 'LITIGATION', ruleId: undefined, competentOrgan: '巨鹿县人民法院' });
    expect(v.diversion).toMatchObject({ route: 'LITIGATION', ruleCode: null, ruleVersion: null, competentOrgan: '巨鹿县人民法院' });
    // A rule that does not fit the chosen route is refused.
    const other = await register({ title: '工资纠纷二', mainRequest: '拖欠工资' });
    const s = (await caseView(other)).suggestions[0];
    await decide(other, { route: 'POLICE', ruleId: s.ruleId }, 400);
  });

  it('a revised rule does not change an earlier decision; new suggestions use the new version', async () => {
    const first = await register({ title: '承包地被收回', mainRequest: '村委会收回我家承包地' }, { categoryCode: '04' });
    const decided = (await decide(first)).diversion as DiversionView;
    expect(decided).toMatchObject({ ruleCode: 'LAND_CONTRACT_ARBITRATION', ruleVersion: 1, competentOrgan: '巨鹿县农村土地承包仲裁委员会' });
    const rules = (await http().get('/api/diversion/rules').set(auth.admin).expect(200)).body;
    const land = rules.find((r: { code: string }) => r.code === 'LAND_CONTRACT_ARBITRATION');
    await http().put('/api/diversion/rules/LAND_CONTRACT_ARBITRATION').set(auth.reception).send({}).expect(403);
    await http()
      .put('/api/diversion/rules/LAND_CONTRACT_ARBITRATION')
      .set(auth.admin)
      .send({ ...land, keywords: [] })
      .expect(400);
    const body = Object.fromEntries(Object.entries(land).filter(([k]) => !['id', 'code', 'version', 'createdAt'].includes(k)));
    const revised = await http()
      .put('/api/diversion/rules/LAND_CONTRACT_ARBITRATION')
      .set(auth.admin)
      .send({ ...body, competentOrgan: '邢台市农村土地承包仲裁委员会', legalBasis: `${land.legalBasis}（修订）` })
      .expect(200);
    expect(revised.body).toMatchObject({ version: 2 });

    const after = (await caseView(first)).diversion as DiversionView;
    expect(after).toEqual(decided);
    const second = await register({ title: '承包经营纠纷', mainRequest: '承包地流转费未付' }, { categoryCode: '04' });
    expect((await caseView(second)).suggestions[0]).toMatchObject({ ruleCode: 'LAND_CONTRACT_ARBITRATION', ruleVersion: 2, competentOrgan: '邢台市农村土地承包仲裁委员会' });
    const history = (await http().get('/api/diversion/rules').query({ history: true }).set(auth.admin).expect(200)).body;
    expect(history.filter((r: { code: string }) => r.code === 'LAND_CONTRACT_ARBITRATION').map((r: { version: number }) => r.version)).toEqual([2, 1]);
  });

  it('records whether the petitioner entered the channel, and consultations', async () => {
    const id = await register({ title: '离婚财产纠纷', mainRequest: '离婚后财产分割不公' }, { categoryCode: '05' });
    const d = (await decide(id)).diversion as DiversionView;
    await http().post(`/api/diversion/records/${d.id}/follow-up`).set(auth.reception).send({ outcome: 'MAYBE', checkedOn: today, evidence: 'x' }).expect(400);
    const f = await http()
      .post(`/api/diversion/records/${d.id}/follow-up`)
      .set(auth.reception)
      .send({ outcome: 'ENTERED', checkedOn: today, evidence: '法院立案通知书（2026）冀0529民初100号' })
      .expect(201);
    expect(f.body.followUp).toMatchObject({ outcome: 'ENTERED', checkedOn: today });
    const c = await http()
      .post(`/api/diversion/cases/${id}/consultations`)
      .set(auth.reception)
      .send({ kind: 'LEGAL', advisor: '王律师', lawyerOnDuty: '王律师', content: '解释民事诉讼程序及诉讼时效', heldOn: today })
      .expect(201);
    expect(c.body).toMatchObject({ kind: 'LEGAL', advisor: '王律师' });
    expect((await caseView(id)).consultations).toHaveLength(1);
  });

  it('keeps township officers to their own township (404 on another’s case and diversion)', async () => {
    const foreign = await register({ title: '欠款纠纷', mainRequest: '借款到期不还' }, {}, '王虎寨镇');
    await http().get(`/api/diversion/cases/${foreign}`).set(auth.township).expect(404);
    await http().post(`/api/diversion/cases/${foreign}/flag`).set(auth.township).send({ reason: '涉及民事纠纷' }).expect(404);
    const d = (await decide(foreign)).diversion as DiversionView;
    await http().post(`/api/diversion/records/${d.id}/follow-up`).set(auth.township).send({ outcome: 'UNKNOWN', checkedOn: today, evidence: '电话未接通' }).expect(404);
    const ledger = await http().get('/api/diversion/ledger').set(auth.township).expect(200);
    expect(ledger.body.items.every((x: DiversionView) => x.townshipName === '巨鹿镇')).toBe(true);
    expect((await counts('township')).every((r) => r.townshipName === '巨鹿镇')).toBe(true);
  });

  it('exports the ledger as an Excel workbook', async () => {
    const res = await http().get('/api/diversion/ledger/export').set(auth.supervisor).buffer(true).parse(binaryBody).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const sheet = wb.getWorksheet('分流台账');
    expect(sheet?.getRow(1).getCell(1).value).toBe('事项编号');
    expect((sheet?.rowCount ?? 0) > 3).toBe(true);
  });
});
