import { chinaDate } from '@julu/domain';
import type request from 'supertest';
import type { DataSource } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../../../test/seeded-app';
import { yearInChina } from './case-registration.service';
import { runAsOwner } from '../../../core/database/row-security';

const PASSWORD = 'cases-test-password-1';

describe('case registration and lists (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  const unit = async (name: string): Promise<string> => (await dataSource.query('SELECT id FROM org_unit WHERE name = $1', [name]))[0].id;
  const http = () => t.http();
  let juluzhen: string;
  let wanghuzhai: string;
  let zhang: string;
  let li: string;
  const reps: string[] = [];

  const caseBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    channel: 'VISIT',
    source: 'DIRECT',
    matterType: 'APPEAL',
    categoryCode: '04',
    title: '反映土地承包经营权纠纷',
    mainRequest: '请求依法确认承包地边界',
    factsAndReasons: '二轮延包时地块四至登记有误',
    townshipId: juluzhen,
    peopleCount: 1,
    petitioners: [{ petitionerId: zhang, role: 'PRIMARY' }],
    ...overrides,
  });

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'reception', 'township', 'handler', 'supervisor']);
    ({ dataSource, auth } = t);
    juluzhen = await unit('巨鹿镇');
    wanghuzhai = await unit('王虎寨镇');
    const petitioner = async (name: string, townshipId: string): Promise<string> =>
      (await http().post('/api/petitioners').set(auth.reception).send({ name, idType: 'OTHER', townshipId }).expect(201)).body.id;
    zhang = await petitioner('张三', juluzhen);
    li = await petitioner('李四', wanghuzhai);
    for (let i = 0; i < 6; i++) reps.push(await petitioner(`代表${i}`, juluzhen));
  });

  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['VISIT', {}],
    // A letter or online submission carries the day it was received (Arts 22, 23 count from it).
    ['LETTER', { jointSigners: 3, receivedOn: chinaDate(new Date()) }],
    ['ONLINE', { channelSubtype: 'COUNTY_HEAD_MAILBOX', source: 'DIRECT', receivedOn: chinaDate(new Date()) }],
    ['PHONE', { source: 'HOTLINE_12345' }],
    ['FAX', { source: 'FORWARDED_BY_UPPER' }],
  ])('registers a case received by %s, with a case number and a query code', async (channel, extra) => {
    const res = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send(caseBody({ channel, ...extra }))
      .expect(201);
    const year = yearInChina(new Date());
    expect(res.body.case.caseNo).toMatch(new RegExp(`^130529${year}\\d{6}$`));
    expect(res.body.queryCode).toMatch(/^[23456789A-HJ-NP-Z]{12}$/);
    expect(res.body.case).toMatchObject({ channel, status: 'REGISTERED', categoryLabel: '农村农业', townshipName: '巨鹿镇', primaryPetitionerName: '张三' });
    expect(res.body.case.flags.jointLetter).toBe(channel === 'LETTER');
    const event = await dataSource.query(`SELECT event_type FROM outbox_event WHERE aggregate_id = $1`, [res.body.case.id]);
    expect(event).toEqual([{ event_type: 'case.registered' }]);
  });

  it('derives group and skip-level flags, and accepts five representatives but not six', async () => {
    const group = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send(
        caseBody({
          peopleCount: 8,
          visitedLevel: 'PROVINCE',
          petitioners: [{ petitionerId: zhang, role: 'PRIMARY' }, ...reps.slice(0, 5).map((petitionerId) => ({ petitionerId, role: 'REPRESENTATIVE' }))],
        }),
      )
      .expect(201);
    expect(group.body.case.flags).toEqual({ group: true, skipLevel: true, jointLetter: false, lawRelated: false, repeat: false });
    expect(group.body.case.petitioners).toHaveLength(6);

    const before = await dataSource.query('SELECT count(*)::int AS n FROM petition_case');
    const six = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send(caseBody({ peopleCount: 9, petitioners: [{ petitionerId: zhang, role: 'PRIMARY' }, ...reps.map((petitionerId) => ({ petitionerId, role: 'REPRESENTATIVE' }))] }))
      .expect(400);
    expect(six.body.message).toContain('代表不得超过 5 人');
    expect(await dataSource.query('SELECT count(*)::int AS n FROM petition_case')).toEqual(before);
  });

  it('gives 50 concurrent registrations 50 distinct, gap-free case numbers', async () => {
    const [{ last }] = await dataSource.query('SELECT coalesce(max(case_seq), 0)::int AS last FROM petition_case');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        http()
          .post('/api/cases')
          .set(auth.reception)
          .send(caseBody({ title: `并发登记${i}` })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const seqs = results.map((r) => Number(r.body.case.caseNo.slice(-6))).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => last + 1 + i));
    expect(new Set(results.map((r) => r.body.queryCode)).size).toBe(50);
  });

  it('a registration that fails after taking its number gives the number back (no gap)', async () => {
    const [{ last }] = await dataSource.query('SELECT last_seq AS last FROM case_number_counter');
    // The number is taken last: refuse the row only once it is numbered, so the failure comes after the counter moved.
    await runAsOwner(() => dataSource.query(`ALTER TABLE petition_case ADD CONSTRAINT refuse_test CHECK (case_seq IS NULL OR title <> '触发回滚的登记')`));
    try {
      await http()
        .post('/api/cases')
        .set(auth.reception)
        .send(caseBody({ title: '触发回滚的登记' }))
        .expect(500);
    } finally {
      await runAsOwner(() => dataSource.query('ALTER TABLE petition_case DROP CONSTRAINT refuse_test'));
    }
    const [{ after }] = await dataSource.query('SELECT last_seq AS after FROM case_number_counter');
    expect(after).toBe(last);
    const ok = await http().post('/api/cases').set(auth.reception).send(caseBody()).expect(201);
    expect(Number(ok.body.case.caseNo.slice(-6))).toBe(last + 1);
  });

  it('answers a registration with the detail a read returns, and its audit row and event carry the number', async () => {
    const [{ id: village }] = await dataSource.query(`SELECT id FROM org_unit WHERE parent_id = $1 AND type IN ('VILLAGE', 'COMMUNITY') AND retired_at IS NULL LIMIT 1`, [
      juluzhen,
    ]);
    const res = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send(
        caseBody({
          channel: 'LETTER',
          receivedOn: chinaDate(new Date(Date.now() - 3 * 86_400_000)),
          villageId: village,
          locationDetail: ' 村东头 ',
          involvedUnitId: wanghuzhai,
          peopleCount: 3,
          jointSigners: 2,
          petitioners: [
            { petitionerId: reps[0], role: 'REPRESENTATIVE' },
            { petitionerId: zhang, role: 'PRIMARY' },
          ],
        }),
      )
      .expect(201);
    const read = await http().get(`/api/cases/${res.body.case.id}`).set(auth.reception).expect(200);
    expect(res.body.case).toEqual(read.body);
    expect(res.body.case).toMatchObject({ primaryPetitionerName: '代表0', registrationDelayDays: 3, locationDetail: '村东头' });
    const caseNo = res.body.case.caseNo;
    const [audit] = await dataSource.query(`SELECT changes FROM audit_log WHERE action = 'case.register' AND entity_id = $1`, [res.body.case.id]);
    expect(audit.changes.caseNo).toEqual({ after: caseNo });
    const [event] = await dataSource.query(`SELECT payload FROM outbox_event WHERE event_type = 'case.registered' AND aggregate_id = $1`, [res.body.case.id]);
    expect(event.payload).toMatchObject({ caseNo, channel: 'LETTER', matterType: 'APPEAL' });
  });

  it('refuses to commit a case without a number', async () => {
    const [{ id: user }] = await dataSource.query(`SELECT id FROM app_user WHERE username = 'reception'`);
    await expect(
      dataSource.transaction((m) =>
        m.query(
          `INSERT INTO petition_case (case_year, query_code, channel, source, matter_type, category_code, category_label, title, main_request, township_id,
             people_count, is_group, is_skip_level, is_joint_letter, is_law_related, registered_by)
           VALUES (2026, 'UNNUMBERED0001', 'VISIT', 'DIRECT', 'APPEAL', '04', '农村农业', '未编号', '未编号', $1, 1, false, false, false, false, $2)`,
          [juluzhen, user],
        ),
      ),
    ).rejects.toThrow(/without a case number/);
    expect(await dataSource.query(`SELECT 1 FROM petition_case WHERE query_code = 'UNNUMBERED0001'`)).toEqual([]);
  });

  it('finds cases by Chinese keywords of two and three characters, and not by absent words', async () => {
    await http()
      .post('/api/cases')
      .set(auth.reception)
      .send(caseBody({ title: '反映拆迁款未足额发放', mainRequest: '请求补发拆迁款', categoryCode: '01' }))
      .expect(201);
    const twoChars = await http()
      .get(`/api/cases?keyword=${encodeURIComponent('土地')}&limit=200`)
      .set(auth.supervisor)
      .expect(200);
    expect(twoChars.body.items.length).toBeGreaterThan(0);
    expect(twoChars.body.items.every((c: { title: string }) => c.title.includes('土地'))).toBe(true);
    const threeChars = await http()
      .get(`/api/cases?keyword=${encodeURIComponent('拆迁款')}`)
      .set(auth.supervisor)
      .expect(200);
    expect(threeChars.body.items.map((c: { title: string }) => c.title)).toEqual(['反映拆迁款未足额发放']);
    const inFacts = await http()
      .get(`/api/cases?keyword=${encodeURIComponent('延包')}&limit=1`)
      .set(auth.supervisor)
      .expect(200);
    expect(inFacts.body.items).toHaveLength(1);
    const absent = await http()
      .get(`/api/cases?keyword=${encodeURIComponent('拆迁补偿')}`)
      .set(auth.supervisor)
      .expect(200);
    expect(absent.body.items).toEqual([]);
  });

  it('finds a case by its number, whole or by its leading digits', async () => {
    const created = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send(caseBody({ title: '按编号查找' }))
      .expect(201);
    const caseNo: string = created.body.case.caseNo;
    const whole = await http().get(`/api/cases?keyword=${caseNo}`).set(auth.supervisor).expect(200);
    expect(whole.body.items.map((c: { caseNo: string }) => c.caseNo)).toEqual([caseNo]);
    const leading = await http()
      .get(`/api/cases?keyword=${caseNo.slice(0, 10)}&limit=200`)
      .set(auth.supervisor)
      .expect(200);
    expect(leading.body.items.map((c: { caseNo: string }) => c.caseNo)).toContain(caseNo);
    expect(leading.body.items.every((c: { caseNo: string }) => c.caseNo.startsWith(caseNo.slice(0, 10)))).toBe(true);
  });

  it('filters by channel, category and flags, and pages with a keyset cursor without gaps or repeats', async () => {
    const letters = await http().get('/api/cases?channel=LETTER').set(auth.supervisor).expect(200);
    expect(letters.body.items.length).toBeGreaterThan(0);
    expect(letters.body.items.every((c: { channel: string }) => c.channel === 'LETTER')).toBe(true);
    const groups = await http().get('/api/cases?group=true&skipLevel=true').set(auth.supervisor).expect(200);
    expect(groups.body.items).toHaveLength(1);
    const all = await http().get('/api/cases?limit=200').set(auth.supervisor).expect(200);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await http()
        .get(`/api/cases?limit=7${cursor ? `&after=${cursor}` : ''}`)
        .set(auth.supervisor)
        .expect(200);
      seen.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((c: { id: string }) => c.id));
    await http().get('/api/cases?after=bm90LWEtY3Vyc29y').set(auth.supervisor).expect(400);
    const lisCases = await http().get(`/api/cases?petitionerId=${li}`).set(auth.supervisor).expect(200);
    expect(lisCases.body.items.every((c: { primaryPetitionerName: string }) => c.primaryPetitionerName === '李四')).toBe(true);
  });

  it('keeps a township officer to their township for reading, listing and registering', async () => {
    const foreign = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send(caseBody({ townshipId: wanghuzhai, petitioners: [{ petitionerId: li, role: 'PRIMARY' }] }))
      .expect(201);
    await http().get(`/api/cases/${foreign.body.case.id}`).set(auth.township).expect(404);
    const list = await http().get('/api/cases?limit=200').set(auth.township).expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((c: { townshipName: string }) => c.townshipName === '巨鹿镇')).toBe(true);
    const filtered = await http().get(`/api/cases?townshipId=${wanghuzhai}`).set(auth.township).expect(200);
    expect(filtered.body.items).toEqual([]);
    const refused = await http()
      .post('/api/cases')
      .set(auth.township)
      .send(caseBody({ townshipId: wanghuzhai, petitioners: [{ petitionerId: zhang, role: 'PRIMARY' }] }))
      .expect(403);
    expect(refused.body.message).toContain('本乡镇');
  });

  it('never shows a 检举控告 case to the unit it accuses, even when that unit handles or hosts it', async () => {
    const hrBureau = await unit('县人力资源和社会保障局');
    const accusation = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send(caseBody({ matterType: 'ACCUSATION', involvedUnitId: hrBureau, title: '举报社保经办人员违规操作' }))
      .expect(201);
    const aboutTown = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send(caseBody({ matterType: 'ACCUSATION', involvedUnitId: juluzhen, title: '举报镇政府工作人员' }))
      .expect(201);
    await dataSource.query('UPDATE petition_case SET handling_unit_id = $1 WHERE id = ANY($2::uuid[])', [hrBureau, [accusation.body.case.id, aboutTown.body.case.id]]);

    await http().get(`/api/cases/${accusation.body.case.id}`).set(auth.handler).expect(404);
    await http().get(`/api/cases/${aboutTown.body.case.id}`).set(auth.handler).expect(200);
    await http().get(`/api/cases/${aboutTown.body.case.id}`).set(auth.township).expect(404);
    await http().get(`/api/cases/${accusation.body.case.id}`).set(auth.township).expect(200);
    const handlerList = await http().get('/api/cases?matterType=ACCUSATION').set(auth.handler).expect(200);
    expect(handlerList.body.items.map((c: { id: string }) => c.id)).toEqual([aboutTown.body.case.id]);
    await http().get(`/api/cases/${accusation.body.case.id}`).set(auth.supervisor).expect(200);
  });

  it('registers once when the form is submitted twice with one Idempotency-Key', async () => {
    const send = () =>
      http()
        .post('/api/cases')
        .set(auth.reception)
        .set('Idempotency-Key', 'case-form-000001')
        .send(caseBody({ title: '幂等登记测试' }));
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body).toEqual(a.body);
    const rows = await dataSource.query(`SELECT count(*)::int AS n FROM petition_case WHERE title = '幂等登记测试'`);
    expect(rows[0].n).toBe(1);
  });

  it.each([
    [{ categoryCode: '99' }, 'categoryCode', '内容分类不存在'],
    [{ petitioners: [] }, 'petitioners', '至少添加一名信访人'],
    [{ peopleCount: 0 }, 'peopleCount', '人数至少为 1'],
    [{ title: '' }, 'title', '主题'],
    [{ channel: 'EMAIL' }, 'channel', '信访形式须为'],
  ])('refuses %p naming the field', async (overrides, field, message) => {
    const res = await http().post('/api/cases').set(auth.reception).send(caseBody(overrides)).expect(400);
    expect(res.body.message).toContain(message);
    expect(JSON.stringify(res.body.details)).toContain(field);
  });

  it('lists the content categories with their reform-era aliases', async () => {
    const res = await http().get('/api/content-categories').set(auth.handler).expect(200);
    expect(res.body).toHaveLength(18);
    expect(res.body.find((c: { label: string }) => c.label === '国土资源水利林业')).toMatchObject({ code: '02', aliases: ['自然资源'], parentCode: null });
  });
});
