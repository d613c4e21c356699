import { residentIdCheckChar } from '@julu/domain';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { binaryBody, type SeededApp, startSeededApp } from '../../../../test/seeded-app';

const PASSWORD = 'repeats-test-password-1';
const ID_A = `13052919800101123${residentIdCheckChar('13052919800101123')}`;
const LAND = { categoryCode: '04', text: '反映土地承包经营权纠纷请求依法确认承包地边界' };

describe('repeat and group detection, and repeat decisions (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  const http = () => t.http();
  const unit = async (name: string): Promise<string> => (await dataSource.query('SELECT id FROM org_unit WHERE name = $1', [name]))[0].id;
  let village: string;
  let zhang: string;
  let landCase: string;
  let medicalCase: string;
  let neighbourCase: string;
  let newCase: string;
  let foreignCase: string;

  const register = async (petitionerId: string, title: string, mainRequest: string, categoryCode: string, townshipName = '巨鹿镇', villageId?: string): Promise<string> =>
    (
      await http()
        .post('/api/cases')
        .set(auth.reception)
        .send({
          channel: 'VISIT',
          source: 'DIRECT',
          matterType: 'APPEAL',
          categoryCode,
          title,
          mainRequest,
          townshipId: await unit(townshipName),
          villageId,
          peopleCount: 1,
          petitioners: [{ petitionerId, role: 'PRIMARY' }],
        })
        .expect(201)
    ).body.case.id;
  const candidates = async (body: Record<string, unknown>, who = 'reception') => (await http().post('/api/cases/repeat-candidates').set(auth[who]).send(body).expect(200)).body;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'township', 'supervisor']);
    ({ dataSource, auth } = t);
    village = await unit('小马庄村');
    const person = async (body: Record<string, unknown>): Promise<string> => (await http().post('/api/petitioners').set(auth.reception).send(body).expect(201)).body.id;
    zhang = await person({ name: '张三', idType: 'RESIDENT_ID', idNumber: ID_A, mobile: '13800001111', villageId: village });
    const li = await person({ name: '李四', idType: 'OTHER', villageId: village });
    const wang = await person({ name: '王五', idType: 'OTHER', townshipId: await unit('王虎寨镇') });
    landCase = await register(zhang, '反映土地承包经营权纠纷', '请求依法确认承包地边界', '04', '巨鹿镇', village);
    medicalCase = await register(zhang, '反映医疗费报销问题', '请求报销住院医药费', '10', '巨鹿镇', village);
    neighbourCase = await register(li, '反映土地承包经营权纠纷', '请求确认承包地边界和面积', '04', '巨鹿镇', village);
    newCase = await register(zhang, '再次反映土地承包纠纷', '请求确认承包地边界', '04', '巨鹿镇', village);
    foreignCase = await register(wang, '反映土地承包纠纷', '请求确认边界', '04', '王虎寨镇');
  });

  afterAll(async () => {
    await t.close();
  });

  it('ranks the same matter by the same person above a different matter by that person, which is not a repeat', async () => {
    const result = await candidates({ idNumber: ID_A, ...LAND, excludeCaseId: newCase });
    const ids = result.samePerson.map((c: { caseId: string }) => c.caseId);
    expect(ids.indexOf(landCase)).toBeLessThan(ids.indexOf(medicalCase));
    const land = result.samePerson.find((c: { caseId: string }) => c.caseId === landCase);
    const medical = result.samePerson.find((c: { caseId: string }) => c.caseId === medicalCase);
    expect(land).toMatchObject({ likelyRepeat: true, personScore: 1 });
    expect(land.reasons).toEqual(expect.arrayContaining(['身份证号码相同', '内容分类相同']));
    expect(medical.likelyRepeat).toBe(false);
    expect(medical.reasons).toContain('同人不同事，不属重复信访');
    expect(medical.score).toBeLessThan(land.score);
  });

  it('orders the evidence of the same person: same ID > same phone > similar name in the same village', async () => {
    const score = async (body: Record<string, unknown>): Promise<{ score: number; reasons: string[] }> =>
      (await candidates({ ...LAND, ...body, excludeCaseId: newCase })).samePerson.find((c: { caseId: string }) => c.caseId === landCase);
    const byId = await score({ idNumber: ID_A });
    const byPhone = await score({ phone: '138-0000-1111' });
    const byName = await score({ name: '张三丰', villageId: village });
    expect(byPhone.reasons).toContain('电话号码相同');
    expect(byName.reasons[0]).toContain('同村姓名相近');
    expect(byId.score).toBeGreaterThan(byPhone.score);
    expect(byPhone.score).toBeGreaterThan(byName.score);
    expect(byName.score).toBeGreaterThan(0);
    const elsewhere = await candidates({ ...LAND, name: '张三丰', villageId: await unit('老马庄村') });
    expect(elsewhere.samePerson).toEqual([]);
  });

  it('offers other people’s same matter in the same village as a possible group matter, within the caller’s territory', async () => {
    const result = await candidates({ idNumber: ID_A, villageId: village, ...LAND, excludeCaseId: newCase });
    expect(result.sameMatter.map((c: { caseId: string }) => c.caseId)).toContain(neighbourCase);
    expect(result.sameMatter[0].reasons).toContain('同村同类事项（其他信访人），可能为群体性事项');
    const all = JSON.stringify(await candidates({ ...LAND, name: '王五' }, 'township'));
    expect(all).not.toContain(foreignCase);
  });

  it('confirms a repeat (merge), counts it, advises per the 不再受理 rule, and undoes it (unmerge), all audited', async () => {
    const confirmed = await http()
      .post(`/api/cases/${newCase}/repeat-links`)
      .set(auth.reception)
      .send({ priorCaseId: landCase, decision: 'CONFIRMED', score: 1, reasons: ['身份证号码相同'] })
      .expect(200);
    expect(confirmed.body).toMatchObject({ status: 'CONFIRMED', priorCaseId: landCase, score: 1 });
    expect(confirmed.body.advice).toContain('第十九条第三款');
    const detail = await http().get(`/api/cases/${newCase}`).set(auth.supervisor).expect(200);
    expect(detail.body).toMatchObject({ priorCaseId: landCase, repeatCount: 1, flags: { repeat: true } });
    const repeats = await http().get('/api/cases?repeat=true').set(auth.supervisor).expect(200);
    expect(repeats.body.items.map((c: { id: string }) => c.id)).toEqual([newCase]);

    const undone = await http().delete(`/api/cases/${newCase}/repeat-links/${landCase}`).set(auth.reception).expect(200);
    expect(undone.body.status).toBe('UNDONE');
    const after = await http().get(`/api/cases/${newCase}`).set(auth.supervisor).expect(200);
    expect(after.body).toMatchObject({ priorCaseId: null, repeatCount: 0, flags: { repeat: false } });
    await http().delete(`/api/cases/${newCase}/repeat-links/${landCase}`).set(auth.reception).expect(404);

    await http().post(`/api/cases/${newCase}/repeat-links`).set(auth.reception).send({ priorCaseId: medicalCase, decision: 'DISMISSED' }).expect(200);
    const links = await http().get(`/api/cases/${newCase}/repeat-links`).set(auth.supervisor).expect(200);
    expect(links.body.map((l: { status: string }) => l.status).sort()).toEqual(['DISMISSED', 'UNDONE']);
    const audit = await dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'case.repeat%' ORDER BY id`, [newCase]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['case.repeat_confirm', 'case.repeat_undo', 'case.repeat_dismiss']);
  });

  it('refuses a link to a later case, to itself, or across territories', async () => {
    const later = await http().post(`/api/cases/${landCase}/repeat-links`).set(auth.reception).send({ priorCaseId: newCase, decision: 'CONFIRMED' }).expect(400);
    expect(later.body.message).toContain('更早登记');
    await http().post(`/api/cases/${landCase}/repeat-links`).set(auth.reception).send({ priorCaseId: landCase, decision: 'CONFIRMED' }).expect(400);
    await http().post(`/api/cases/${newCase}/repeat-links`).set(auth.township).send({ priorCaseId: foreignCase, decision: 'CONFIRMED' }).expect(404);
  });

  it('lists to a township officer only the repeat links whose prior case they may see', async () => {
    const town = await unit('巨鹿镇');
    const accusing = await register(zhang, '检举镇干部', '反映镇干部违规', '04', '巨鹿镇', village);
    await dataSource.query(`UPDATE petition_case SET matter_type = 'ACCUSATION', involved_unit_id = $2 WHERE id = $1`, [accusing, town]);
    const later = await register(zhang, '再次反映', '请求确认承包地边界', '04', '巨鹿镇', village);
    for (const priorCaseId of [landCase, accusing, foreignCase]) {
      await http().post(`/api/cases/${later}/repeat-links`).set(auth.reception).send({ priorCaseId, decision: 'CONFIRMED' }).expect(200);
    }
    expect((await http().get(`/api/cases/${later}/repeat-links`).set(auth.supervisor).expect(200)).body).toHaveLength(3);
    const seen = await http().get(`/api/cases/${later}/repeat-links`).set(auth.township).expect(200);
    expect(seen.body.map((l: { priorCaseId: string }) => l.priorCaseId)).toEqual([landCase]);
    // The case itself (latest confirmed link: the foreign case) is a repeat, but its earlier case is not named.
    const county = (await http().get(`/api/cases/${later}`).set(auth.supervisor).expect(200)).body;
    expect(county).toMatchObject({ priorCaseId: foreignCase, repeatCount: 1 });
    const detail = await http().get(`/api/cases/${later}`).set(auth.township).expect(200);
    expect(detail.body).toMatchObject({ priorCaseId: null, priorCaseNo: null, flags: { repeat: true } });
    // Nor in the case ledger (原事项编号).
    const ledger = await http().get('/api/ledgers/cases?repeat=true').set(auth.township).buffer(true).parse(binaryBody).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(ledger.body as Buffer).buffer);
    const cells = (workbook.worksheets[0]?.getSheetValues() ?? []).flat().map(String);
    expect(cells).toContain(detail.body.caseNo);
    expect(cells).not.toContain(county.priorCaseNo);
  });
});
