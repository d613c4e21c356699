import type { CaseWorkflowView } from '@julu/contracts';
import { addDays, chinaDate } from '@julu/domain';
import type { DataSource } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';

const PASSWORD = 'workflow-test-password-1';
const ID_NUMBER = '130529198503120035';

describe('statutory workflow (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  let hrBureau: string;
  const http = () => t.http();
  const today = chinaDate(new Date());

  const petitioners = new Map<string, string>();
  const register = async (town = '巨鹿镇'): Promise<{ id: string; queryCode: string }> => {
    const townshipId = await t.unitId(town);
    if (!petitioners.has(town)) {
      const idNumber = town === '巨鹿镇' ? ID_NUMBER : undefined;
      const person = await http()
        .post('/api/petitioners')
        .set(auth.reception)
        .send({ name: '流程测试人', idType: 'RESIDENT_ID', idNumber, mobile: '13912345678', townshipId })
        .expect(201);
      petitioners.set(town, person.body.id);
    }
    const res = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send({
        channel: 'LETTER',
        receivedOn: chinaDate(new Date()),
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: '拖欠工资',
        mainRequest: '请求督促企业支付工资',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId: petitioners.get(town), role: 'PRIMARY' }],
      })
      .expect(201);
    return { id: res.body.case.id, queryCode: res.body.queryCode };
  };
  const view = async (id: string, user = 'reception'): Promise<CaseWorkflowView> => (await http().get(`/api/cases/${id}/workflow`).set(auth[user]).expect(200)).body;
  const act = async (id: string, user: string, body: Record<string, unknown>, status = 201): Promise<CaseWorkflowView> => {
    const current = await view(id, user === 'handlerhead' || user === 'handler' ? user : 'reception');
    const res = await http()
      .post(`/api/cases/${id}/transitions`)
      .set(auth[user])
      .send({ expectedVersion: current.version, ...body });
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res.body;
  };
  const deliver = async (id: string, noticeId: string, user = 'reception', at = new Date()): Promise<void> => {
    await http().post(`/api/notices/${noticeId}/delivery`).set(auth[user]).send({ method: 'IN_PERSON', deliveredAt: at.toISOString() }).expect(201);
  };

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'handler', 'handlerhead', 'township', 'supervisor', 'admin']);
    ({ dataSource, auth } = t);
    hrBureau = await t.unitId('县人力资源和社会保障局');
  });

  afterAll(async () => {
    await t.close();
  });

  it('starts the 15-day intake clock (D1) at registration, with its explanation', async () => {
    const { id } = await register();
    const v = await view(id);
    expect(v.state).toBe('REGISTERED');
    expect(v.clocks).toHaveLength(1);
    expect(v.clocks[0]).toMatchObject({ code: 'D1', status: 'RUNNING', startedOn: today, amount: 15, unit: 'DAYS' });
    expect(v.clocks[0].explanation[0]).toContain('为登记（收到）信访事项之日，当日不计入期间');
    expect(v.clocks[0].explanation.join('')).not.toContain('事件发生');
    expect(v.events.map((e) => e.action)).toEqual(['REGISTER']);
    expect(v.permittedActions).toEqual(expect.arrayContaining(['FORWARD', 'ASSIGN', 'ACCEPT', 'NOT_ACCEPT', 'DIVERT']));
    expect(v.permittedActions).not.toContain('REPLY');
  });

  it('walks a case from registration to 办结 with notices, clocks, an extension and evaluations', async () => {
    const { id } = await register();
    let v = await act(id, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
    expect(v.state).toBe('FORWARDED');
    expect(
      v.clocks
        .filter((k) => k.status !== 'STOPPED')
        .map((k) => k.code)
        .sort(),
    ).toEqual(['D3', 'D4']);
    expect(v.clocks.find((k) => k.code === 'D4')?.unit).toBe('WORKING_DAYS');
    const inbox = await http().get('/api/work/inbox').set(auth.handler).expect(200);
    expect(inbox.body.items.find((i: { caseId: string }) => i.caseId === id)).toMatchObject({ reason: 'AWAITING_ACCEPTANCE' });
    const bell = await http().get('/api/notifications').set(auth.handler).expect(200);
    expect(bell.body.items[0]).toMatchObject({ kind: 'ASSIGNMENT', caseId: id });

    v = await act(id, 'handler', { action: 'ACCEPT' });
    expect(v.state).toBe('ACCEPTED');
    const d5 = v.clocks.find((k) => k.code === 'D5');
    expect(d5).toMatchObject({ status: 'RUNNING', amount: 60, responsibleUnitName: '县人力资源和社会保障局' });
    expect(v.notices).toHaveLength(1);
    expect(v.notices[0]).toMatchObject({ kind: 'ACCEPTANCE', recipient: '流程测试人', issuer: '县人力资源和社会保障局' });
    // Numbered in the deciding organ's name: 县人社局 has no 机关代字 set, so its own name leads.
    expect(v.notices[0].noticeNo).toMatch(/^县人力资源和社会保障局受告〔\d{4}〕\d+号$/);
    expect(v.notices[0].paragraphs.join('')).toContain('拖欠工资');
    await deliver(id, v.notices[0].id, 'handler');

    await act(id, 'handler', { action: 'START_HANDLING' });
    await act(id, 'handler', { action: 'REQUEST_EXTENSION', extensionDays: 20, note: '涉及多家企业，需调取社保记录' });
    // Only the unit head approves (Art 34).
    await act(id, 'handler', { action: 'APPROVE_EXTENSION' }, 403);
    v = await act(id, 'handlerhead', { action: 'APPROVE_EXTENSION' });
    expect(v.state).toBe('EXTENDED');
    const extended = v.clocks.find((k) => k.code === 'D5');
    expect(extended?.extendedDays).toBe(20);
    expect((extended?.dueOn ?? '') > (d5?.dueOn ?? '')).toBe(true);
    expect(extended?.explanation.join('')).toContain('经批准延长 20 日');
    expect(v.notices.map((n) => n.kind)).toEqual(['ACCEPTANCE', 'EXTENSION']);

    v = await act(id, 'handler', { action: 'REPLY', outcome: 'SUPPORTED', note: '已督促企业于本月底前足额支付', legalBasis: '《保障农民工工资支付条例》第三条' });
    expect(v.state).toBe('REPLIED');
    expect(v.clocks.find((k) => k.code === 'D5')?.status).toBe('STOPPED');
    const opinion = v.notices.find((n) => n.kind === 'HANDLING_OPINION');
    expect(opinion?.paragraphs.join('')).toContain('请求复查');
    // Not closable before the opinion is delivered.
    await act(id, 'reception', { action: 'CLOSE', closeReason: 'PETITIONER_SATISFIED' }, 409);
    await deliver(id, opinion?.id ?? '', 'handler');
    v = await view(id);
    expect(v.clocks.find((k) => k.code === 'D6')).toMatchObject({ status: 'RUNNING', party: 'PETITIONER', startedOn: today });
    expect(v.evaluations.map((e) => e.status)).toEqual(['OPEN', 'OPEN']);
    await act(id, 'reception', { action: 'CLOSE', closeReason: 'REVIEW_PERIOD_EXPIRED' }, 409);
    v = await act(id, 'reception', { action: 'CLOSE', closeReason: 'PETITIONER_SATISFIED' });
    expect(v.state).toBe('CLOSED');
    // Arts 35, 36: 办结 inside the window is provisional; the petitioner's window runs on.
    expect(v.clocks.filter((k) => k.status !== 'STOPPED').map((k) => k.code)).toEqual(['D6']);
    expect(v.events.map((e) => e.action)).toEqual([
      'REGISTER',
      'FORWARD',
      'ACCEPT',
      'DELIVER_NOTICE',
      'START_HANDLING',
      'REQUEST_EXTENSION',
      'APPROVE_EXTENSION',
      'REPLY',
      'DELIVER_NOTICE',
      'CLOSE',
    ]);
    await act(id, 'reception', { action: 'ARCHIVE' }, 409);
    // Once the window has lapsed for good (the sweep stops D6), the file may be archived.
    await dataSource.query(`UPDATE case_clock SET status = 'STOPPED', stopped_at = now() WHERE case_id = $1 AND code = 'D6'`, [id]);
    v = await act(id, 'reception', { action: 'ARCHIVE' });
    expect(v.state).toBe('ARCHIVED');
  });

  it('numbers notices per kind and year without gaps', async () => {
    const rows: { kind: string; seqs: number[] }[] = await dataSource.query('SELECT kind, array_agg(seq ORDER BY seq) AS seqs FROM case_notice GROUP BY kind');
    for (const row of rows) expect(row.seqs).toEqual(row.seqs.map((_, i) => i + 1));
  });

  it('lets the receiving unit object within 5 working days, and the bureau return or overrule it', async () => {
    const { id } = await register();
    await act(id, 'reception', { action: 'ASSIGN', handlingUnitId: hrBureau, feedbackDays: 30 });
    await act(id, 'handler', { action: 'OBJECT' }, 400);
    let v = await act(id, 'handler', { action: 'OBJECT', note: '属于住建部门职责' });
    expect(v.state).toBe('OBJECTED');
    v = await act(id, 'reception', { action: 'OVERRULE_OBJECTION', note: '涉及社保缴纳，属人社职责' });
    expect(v.state).toBe('ASSIGNED');
    // Overruled, the unit must accept: its objection window closed with the first objection.
    await act(id, 'handler', { action: 'OBJECT', note: '再次异议' }, 409);
    const { id: other } = await register();
    await act(other, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
    await act(other, 'handler', { action: 'OBJECT', note: '属于住建部门职责' });
    v = await act(other, 'reception', { action: 'RETURN', note: '同意退回，改转住建局' });
    expect(v.state).toBe('REGISTERED');
    expect(v.handlingUnitId).toBeNull();
    expect(v.clocks.filter((k) => k.status !== 'STOPPED').map((k) => k.code)).toEqual(['D1']);
    // The unit that returned it no longer reaches the case.
    await http().get(`/api/cases/${other}/workflow`).set(auth.handler).expect(404);
  });

  it('refuses an objection after the window, with the reason', async () => {
    const { id } = await register();
    await act(id, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
    await dataSource.query(`UPDATE case_clock SET due_on = $2::date - 1 WHERE case_id = $1 AND code = 'D4'`, [id, today]);
    const res = await http()
      .post(`/api/cases/${id}/transitions`)
      .set(auth.handler)
      .send({ expectedVersion: (await view(id, 'handler')).version, action: 'OBJECT', note: '不属本单位' })
      .expect(409);
    expect(res.body.message).toContain('5 个工作日');
  });

  it('gives one of two simultaneous conflicting transitions 200 and the other 409; the history stays consistent', async () => {
    const { id } = await register();
    const { version } = await view(id);
    const [a, b] = await Promise.all([
      http().post(`/api/cases/${id}/transitions`).set(auth.reception).send({ expectedVersion: version, action: 'ACCEPT' }),
      http()
        .post(`/api/cases/${id}/transitions`)
        .set(auth.supervisor)
        .send({ expectedVersion: version, action: 'NOT_ACCEPT', note: '应通过劳动仲裁解决', competentOrgan: '巨鹿县劳动人事争议仲裁委员会' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const v = await view(id);
    expect(v.version).toBe(version + 1);
    expect(v.events.filter((e) => e.action !== 'REGISTER')).toHaveLength(1);
    expect(v.notices).toHaveLength(1);
    expect(v.state).toBe(a.status === 201 ? 'ACCEPTED' : 'NOT_ACCEPTED');
  });

  it('answers a stale version with 409 and a wrong state with 409, a missing field with 400', async () => {
    const { id } = await register();
    const { version } = await view(id);
    await http()
      .post(`/api/cases/${id}/transitions`)
      .set(auth.reception)
      .send({ expectedVersion: version + 5, action: 'ACCEPT' })
      .expect(409);
    const wrongState = await http()
      .post(`/api/cases/${id}/transitions`)
      .set(auth.reception)
      .send({ expectedVersion: version, action: 'REPLY', outcome: 'SUPPORTED', note: '意见', legalBasis: '依据' })
      .expect(409);
    expect(wrongState.body.message).toContain('当前状态');
    const missing = await http().post(`/api/cases/${id}/transitions`).set(auth.reception).send({ expectedVersion: version, action: 'FORWARD' }).expect(400);
    expect(missing.body.details[0].field).toBe('handlingUnitId');
    expect((await view(id)).version).toBe(version);
  });

  it('hides a foreign township case from a township officer (404) and refuses handler actions on unassigned cases', async () => {
    const { id } = await register('王虎寨镇');
    await http().get(`/api/cases/${id}/workflow`).set(auth.township).expect(404);
    await http().post(`/api/cases/${id}/transitions`).set(auth.township).send({ expectedVersion: 1, action: 'ACCEPT' }).expect(404);
    await http().get(`/api/cases/${id}/workflow`).set(auth.handler).expect(404);
  });

  it('pauses the 复核 clock during a hearing and resumes it afterwards', async () => {
    const { id } = await register();
    await act(id, 'reception', { action: 'ACCEPT' });
    await act(id, 'reception', { action: 'START_HANDLING' });
    let v = await act(id, 'reception', { action: 'REPLY', outcome: 'NOT_SUPPORTED', note: '无事实依据', legalBasis: '《信访工作条例》第三十二条' });
    await deliver(id, v.notices.find((n) => n.kind === 'HANDLING_OPINION')?.id ?? '');
    await act(id, 'reception', { action: 'REQUEST_REVIEW', receivedOn: today });
    await act(id, 'reception', { action: 'ACCEPT_REVIEW' });
    v = await act(id, 'reception', { action: 'REPLY_REVIEW', outcome: 'NOT_SUPPORTED', note: '维持原处理意见', reviewOrgan: '巨鹿县人民政府', opinionNo: '巨政复查〔2026〕1号' });
    await deliver(id, v.notices.find((n) => n.kind === 'REVIEW_OPINION')?.id ?? '');
    await act(id, 'reception', { action: 'REQUEST_REREVIEW' });
    await act(id, 'reception', { action: 'ACCEPT_REREVIEW' });
    v = await act(id, 'reception', { action: 'START_HEARING' });
    const paused = v.clocks.find((k) => k.code === 'D9');
    expect(paused?.status).toBe('PAUSED');
    expect(paused?.pauses[0]).toMatchObject({ from: today, to: null });
    // Let the clock have started five days ago and the hearing three days ago, then end the hearing today.
    await dataSource.query(
      `UPDATE case_clock SET started_on = $2::date - 5, pauses = jsonb_build_array(jsonb_build_object('from', ($2::date - 2)::text, 'to', null, 'reason', '听证时间不计入复核期限'))
       WHERE case_id = $1 AND code = 'D9'`,
      [id, today],
    );
    v = await act(id, 'reception', { action: 'END_HEARING' });
    const resumed = v.clocks.find((k) => k.code === 'D9');
    expect(resumed?.status).toBe('RUNNING');
    expect(resumed?.pauses[0]).toMatchObject({ from: addDays(today, -2), to: today });
    expect(resumed?.explanation.join('')).toContain('（听证时间不计入复核期限）不计入期间，顺延 3 日');
    expect((resumed?.dueOn ?? '') >= addDays(today, -5 + 30 + 3)).toBe(true);
    v = await act(id, 'reception', { action: 'REPLY_REREVIEW', outcome: 'NOT_SUPPORTED', note: '维持复查意见', reviewOrgan: '邢台市人民政府', opinionNo: '邢政复核〔2026〕1号' });
    expect(v.notices.find((n) => n.kind === 'REREVIEW_OPINION')?.paragraphs.join('')).toContain('不再受理');
    await deliver(id, v.notices.find((n) => n.kind === 'REREVIEW_OPINION')?.id ?? '');
    v = await act(id, 'reception', { action: 'TERMINATE' });
    expect(v.state).toBe('TERMINATED');
  });

  it('refuses a 复查 request received after the 30-day window', async () => {
    const { id } = await register();
    await act(id, 'reception', { action: 'ACCEPT' });
    await act(id, 'reception', { action: 'START_HANDLING' });
    const v = await act(id, 'reception', { action: 'REPLY', outcome: 'EXPLAINED', note: '作出解释', legalBasis: '相关政策' });
    await deliver(id, v.notices.find((n) => n.kind === 'HANDLING_OPINION')?.id ?? '');
    await dataSource.query(`UPDATE case_clock SET due_on = $2::date - 1 WHERE case_id = $1 AND code = 'D6'`, [id, today]);
    const res = await http()
      .post(`/api/cases/${id}/transitions`)
      .set(auth.reception)
      .send({ expectedVersion: (await view(id)).version, action: 'REQUEST_REVIEW' })
      .expect(409);
    expect(res.body.message).toContain('30 日');
    await act(id, 'reception', { action: 'CLOSE', closeReason: 'REVIEW_PERIOD_EXPIRED' });
  });

  it('lets the petitioner look the case up and evaluate it with the query code; wrong input reveals nothing', async () => {
    const { id, queryCode } = await register();
    const v = await act(id, 'reception', { action: 'ACCEPT' });
    const wrong = await http().post('/api/public/cases/lookup').send({ queryCode, last4: '9999' }).expect(404);
    const unknown = await http().post('/api/public/cases/lookup').send({ queryCode: 'ZZZZZZZZZZZZ', last4: '0035' }).expect(404);
    expect(wrong.body.message).toBe(unknown.body.message);
    let pub = await http().post('/api/public/cases/lookup').send({ queryCode, last4: '0035' }).expect(200);
    expect(pub.body).toMatchObject({ state: 'ACCEPTED', title: '拖欠工资' });
    // The next deadline the petitioner is told of: D5, the 60 days to answer; never a unit or a clock code.
    const d5 = v.clocks.find((k) => k.code === 'D5');
    expect(pub.body.nextDeadline).toEqual({ label: '办结并书面答复的期限', dueOn: d5?.dueOn, party: 'ORGAN' });
    expect(pub.body.notices).toHaveLength(0);
    expect(JSON.stringify(pub.body)).not.toContain('李接待');
    await http().post('/api/public/cases/evaluation').send({ queryCode, last4: '5678', stage: 'ACCEPTANCE', result: 'SATISFIED' }).expect(409);
    // The bureau's own 受理告知书: 巨信 numbers, and as printed it carries the code its text refers to.
    expect(v.notices[0].noticeNo).toMatch(/^巨信受告〔\d{4}〕\d+号$/);
    expect(v.notices[0].queryCode).toBeNull();
    const printed = await http().get(`/api/notices/${v.notices[0].id}`).set(auth.reception).expect(200);
    expect(printed.body.paragraphs.join('')).toContain('凭查询码');
    expect(printed.body.queryCode).toBe(queryCode);
    await deliver(id, v.notices[0].id);
    pub = await http()
      .post('/api/public/cases/evaluation')
      .send({ queryCode: queryCode.toLowerCase(), last4: '5678', stage: 'ACCEPTANCE', result: 'BASICALLY_SATISFIED', comment: '态度很好' })
      .expect(200);
    expect(pub.body.notices.map((n: { kind: string }) => n.kind)).toEqual(['ACCEPTANCE']);
    expect(pub.body.evaluations[0]).toMatchObject({ stage: 'ACCEPTANCE', status: 'EVALUATED', result: 'BASICALLY_SATISFIED', source: 'PUBLIC' });
    await http().post('/api/public/cases/evaluation').send({ queryCode, last4: '5678', stage: 'ACCEPTANCE', result: 'UNSATISFIED' }).expect(409);
    expect((await view(id)).evaluations[0].result).toBe('BASICALLY_SATISFIED');
  });

  it('counts an evaluation window that passed without an answer as 未参评, never as satisfied', async () => {
    const { id } = await register();
    const v = await act(id, 'reception', { action: 'ACCEPT' });
    await deliver(id, v.notices[0].id);
    await dataSource.query(`UPDATE case_notice SET delivered_at = now() - interval '40 days' WHERE case_id = $1`, [id]);
    const after = await view(id);
    expect(after.evaluations[0]).toMatchObject({ status: 'NOT_PARTICIPATED', result: null, windowEndsOn: addDays(chinaDate(new Date(Date.now() - 40 * 86_400_000)), 30) });
    // The bureau accepted the case itself, so the township records the 回访 (a unit never evaluates its own work).
    await http().post(`/api/cases/${id}/evaluations`).set(auth.township).send({ stage: 'ACCEPTANCE', result: 'SATISFIED' }).expect(409);
  });

  it('rate-limits public lookups per client', async () => {
    for (let i = 0; i < 12; i++)
      await http()
        .post('/api/public/cases/lookup')
        .send({ queryCode: `NOPE${i}AAAAAA`, last4: '1111' });
    const res = await http().post('/api/public/cases/lookup').send({ queryCode: 'NOPEAAAAAAAA', last4: '1111' }).expect(429);
    expect(res.body.message).toContain('分钟后再试');
  });

  it('lists supervised and overdue cases for the leaders, most urgent first, and the unit sees them in 我的工作', async () => {
    const { id: supervised } = await register();
    await act(supervised, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
    await act(supervised, 'supervisor', { action: 'SUPERVISE', supervisionLevel: 'RED', note: '限期办理' });
    const { id: late } = await register();
    await act(late, 'reception', { action: 'ACCEPT' });
    await dataSource.query(`UPDATE case_clock SET due_on = $2::date - 3 WHERE case_id = $1 AND code = 'D5'`, [late, today]);
    await dataSource.query('UPDATE petition_case SET overdue = true WHERE id = $1', [late]);
    const all = (await http().get('/api/work/supervision').set(auth.supervisor).expect(200)).body.items;
    const ids = all.map((r: { caseId: string }) => r.caseId);
    expect(ids.indexOf(late)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(late)).toBeLessThan(ids.indexOf(supervised));
    expect(all.find((r: { caseId: string }) => r.caseId === supervised)).toMatchObject({
      supervisionLevel: 'RED',
      handlingUnitName: '县人力资源和社会保障局',
      nextClockLabel: expect.stringContaining('异议'),
    });
    const red = (await http().get('/api/work/supervision?level=RED').set(auth.supervisor).expect(200)).body.items;
    expect(red.every((r: { supervisionLevel: string }) => r.supervisionLevel === 'RED')).toBe(true);
    const overdue = (await http().get('/api/work/supervision?overdue=true').set(auth.supervisor).expect(200)).body.items;
    expect(overdue.map((r: { caseId: string }) => r.caseId)).toContain(late);
    expect(overdue.map((r: { caseId: string }) => r.caseId)).not.toContain(supervised);
    await http().get('/api/work/supervision?level=PURPLE').set(auth.supervisor).expect(400);
    const inbox = (await http().get('/api/work/inbox').set(auth.reception).expect(200)).body.items;
    expect(inbox.find((i: { caseId: string }) => i.caseId === late)).toMatchObject({ reason: 'OVERDUE', clockCode: 'D5' });
    const bell = (await http().get('/api/notifications').set(auth.handler).expect(200)).body;
    expect(bell.items.find((n: { kind: string; caseId: string }) => n.kind === 'SUPERVISION' && n.caseId === supervised)).toBeTruthy();
  });

  it('lets an administrator shorten a limit for new clocks only', async () => {
    const { id: before } = await register();
    await http().put('/api/clock-rules/D1').set(auth.admin).send({ amount: 10 }).expect(200);
    await http().put('/api/clock-rules/D1').set(auth.reception).send({ amount: 5 }).expect(403);
    const { id: after } = await register();
    expect((await view(before)).clocks[0].amount).toBe(15);
    expect((await view(after)).clocks[0].amount).toBe(10);
    await http().put('/api/clock-rules/D1').set(auth.admin).send({ amount: 15 }).expect(200);
  });
});
