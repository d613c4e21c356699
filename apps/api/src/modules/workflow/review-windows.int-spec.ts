import type { CaseWorkflowView } from '@julu/contracts';
import { addDays, chinaDate } from '@julu/domain';
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createDeadlineServices } from '../../../test/deadline-services';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { testSecrets } from '../../../test/test-config';
import { testRedisUrl, uniquePrefix } from '../../../test/test-database';
import { DeadlineSweepService } from './reminders/deadline-sweep.service';

const PASSWORD = 'review-windows-password-1';

/** Issue 16: review windows after 办结, extensions, paused clocks and limits (Arts 34–36). */
describe('review windows, extensions and clocks (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let sweep: INestApplicationContext;
  let hrBureau: string;
  const today = chinaDate(new Date());
  const http = () => t.http();

  /** 复查/复核意见书 numbers are unique: each opinion recorded here gets its own. */
  let opinions = 0;
  const register = async (): Promise<string> => {
    const townshipId = await t.unitId('巨鹿镇');
    const person = await http().post('/api/petitioners').set(t.auth.reception).send({ name: '复查测试人', idType: 'OTHER', townshipId }).expect(201);
    const res = await http()
      .post('/api/cases')
      .set(t.auth.reception)
      .send({
        channel: 'LETTER',
        receivedOn: today,
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: '征地补偿',
        mainRequest: '请求补发补偿款',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
      })
      .expect(201);
    return res.body.case.id as string;
  };
  const view = async (id: string, user = 'reception'): Promise<CaseWorkflowView> => (await http().get(`/api/cases/${id}/workflow`).set(t.auth[user]).expect(200)).body;
  const post = async (id: string, user: string, body: Record<string, unknown>) => {
    const current = await view(id, user === 'admin' ? 'reception' : user);
    return http()
      .post(`/api/cases/${id}/transitions`)
      .set(t.auth[user])
      .send({ expectedVersion: current.version, ...body });
  };
  const act = async (id: string, user: string, body: Record<string, unknown>, status = 201): Promise<CaseWorkflowView> => {
    const res = await post(id, user, body);
    expect({ status: res.status, message: res.body.message }).toMatchObject({ status });
    return res.body;
  };
  const deliver = async (noticeId: string): Promise<void> => {
    await http().post(`/api/notices/${noticeId}/delivery`).set(t.auth.reception).send({ method: 'POST', deliveredAt: new Date().toISOString() }).expect(201);
  };
  const noticeOf = (v: CaseWorkflowView, kind: string): string => v.notices.find((n) => n.kind === kind)?.id ?? '';
  const clock = (v: CaseWorkflowView, code: string) => v.clocks.filter((k) => k.code === code).at(-1);
  /** A case whose 处理意见书 has been delivered today (REPLIED, D6 running). */
  const replied = async (): Promise<string> => {
    const id = await register();
    await act(id, 'reception', { action: 'ACCEPT' });
    await act(id, 'reception', { action: 'START_HANDLING' });
    const v = await act(id, 'reception', { action: 'REPLY', outcome: 'NOT_SUPPORTED', note: '无事实依据', legalBasis: '《信访工作条例》第三十二条' });
    await deliver(noticeOf(v, 'HANDLING_OPINION'));
    return id;
  };
  /** A case whose 复查意见书 has been delivered today (REVIEW_REPLIED, D8 running). */
  const reviewReplied = async (): Promise<string> => {
    const id = await replied();
    await act(id, 'reception', { action: 'REQUEST_REVIEW' });
    await act(id, 'reception', { action: 'ACCEPT_REVIEW' });
    const v = await act(id, 'reception', {
      action: 'REPLY_REVIEW',
      outcome: 'NOT_SUPPORTED',
      note: '维持原处理意见',
      reviewOrgan: '巨鹿县人民政府',
      opinionNo: `巨政复查〔2026〕${++opinions}号`,
    });
    await deliver(noticeOf(v, 'REVIEW_OPINION'));
    return id;
  };
  const setWindowEnd = async (id: string, code: 'D6' | 'D8', dueOn: string): Promise<void> => {
    await dataSource.query(`UPDATE case_clock SET started_on = $3::date - 30, due_on = $3 WHERE case_id = $1 AND code = $2 AND status <> 'STOPPED'`, [id, code, dueOn]);
  };
  const runSweep = () => sweep.get(DeadlineSweepService).run();

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'handler', 'handlerhead', 'supervisor', 'admin']);
    dataSource = t.dataSource;
    hrBureau = await t.unitId('县人力资源和社会保障局');
    sweep = await createDeadlineServices({ ...testSecrets(), DATABASE_URL: t.db.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniquePrefix(), MIGRATE_ON_BOOT: 'false' });
  });

  afterAll(async () => {
    await sweep?.close();
    await t.close();
  });

  it('Art 35: a 复查 request within 30 days is recordable after 办结 with 信访人认可; the case reopens', async () => {
    const id = await replied();
    let v = await act(id, 'reception', { action: 'CLOSE', closeReason: 'PETITIONER_SATISFIED' });
    expect(v.state).toBe('CLOSED');
    expect(clock(v, 'D6')).toMatchObject({ status: 'RUNNING', party: 'PETITIONER' });
    expect(v.permittedActions).toEqual(['REQUEST_REVIEW']);
    const archive = await act(id, 'reception', { action: 'ARCHIVE' }, 409);
    expect(JSON.stringify(archive)).toContain('期限尚未届满');
    v = await act(id, 'reception', { action: 'REQUEST_REVIEW' });
    expect(v.state).toBe('REVIEW_REQUESTED');
    expect(clock(v, 'D6')?.status).toBe('STOPPED');
    expect(clock(v, 'D7')).toMatchObject({ status: 'RUNNING', startedOn: today });
    const [row]: { closed_at: Date | null }[] = await dataSource.query('SELECT closed_at FROM petition_case WHERE id = $1', [id]);
    expect(row.closed_at).toBeNull();
  });

  it('Art 36: a 复核 request within 30 days is recordable after 办结 of the 复查 stage; 终结 needs the 复核意见书 delivered', async () => {
    const id = await reviewReplied();
    let v = await act(id, 'reception', { action: 'CLOSE', closeReason: 'PETITIONER_SATISFIED' });
    expect(clock(v, 'D8')).toMatchObject({ status: 'RUNNING' });
    expect(v.permittedActions).toEqual(['REQUEST_REREVIEW']);
    await act(id, 'reception', { action: 'REQUEST_REVIEW' }, 409);
    v = await act(id, 'reception', { action: 'REQUEST_REREVIEW' });
    expect(v.state).toBe('REREVIEW_REQUESTED');
    await act(id, 'reception', { action: 'ACCEPT_REREVIEW' });
    v = await act(id, 'reception', {
      action: 'REPLY_REREVIEW',
      outcome: 'NOT_SUPPORTED',
      note: '维持复查意见',
      reviewOrgan: '邢台市人民政府',
      opinionNo: `邢政复核〔2026〕${++opinions}号`,
    });
    const refused = await act(id, 'reception', { action: 'TERMINATE' }, 409);
    expect(JSON.stringify(refused)).toContain('复核意见书尚未送达');
    await deliver(noticeOf(v, 'REREVIEW_OPINION'));
    expect((await act(id, 'reception', { action: 'TERMINATE' })).state).toBe('TERMINATED');
  });

  it('Art 35: a provisional 办结 becomes final only when the window and the transit grace have passed', async () => {
    const id = await replied();
    await act(id, 'reception', { action: 'CLOSE', closeReason: 'PETITIONER_SATISFIED' });
    await setWindowEnd(id, 'D6', addDays(today, -10));
    await runSweep();
    expect(clock(await view(id), 'D6')?.status).toBe('RUNNING');
    await setWindowEnd(id, 'D6', addDays(today, -11));
    await runSweep();
    const v = await view(id);
    expect(clock(v, 'D6')).toMatchObject({ status: 'STOPPED', stopReason: '申请复查（复核）期限届满' });
    expect(v.state).toBe('CLOSED');
    expect(v.permittedActions).toEqual(['ARCHIVE']);
    const late = await act(id, 'reception', { action: 'REQUEST_REVIEW', requestedOn: addDays(today, -11) }, 409);
    expect(JSON.stringify(late)).toContain('不在申请复查的期限内');
  });

  it('Art 35: a request posted on the last day and received later is timely; D7 counts from receipt', async () => {
    const id = await replied();
    const lastDay = addDays(today, -3);
    await dataSource.query(`UPDATE petition_case SET registered_at = now() - interval '90 days' WHERE id = $1`, [id]);
    await setWindowEnd(id, 'D6', lastDay);
    // After the window the case is not closed: the request may still be in the post.
    await runSweep();
    const waiting = await view(id);
    expect(waiting.state).toBe('REPLIED');
    expect(waiting.permittedActions).toContain('REQUEST_REVIEW');
    // Received today without the postmark: late.
    await act(id, 'reception', { action: 'REQUEST_REVIEW' }, 409);
    const bad = await act(id, 'reception', { action: 'REQUEST_REVIEW', requestedOn: lastDay, receivedOn: addDays(lastDay, -1), note: '邮寄送达，补登' }, 400);
    expect(JSON.stringify(bad)).toContain('不能晚于收到申请的日期');
    const early = await act(id, 'reception', { action: 'REQUEST_REVIEW', requestedOn: addDays(lastDay, -31) }, 400);
    expect(JSON.stringify(early)).toContain('不能早于意见书送达之日');
    const v = await act(id, 'reception', { action: 'REQUEST_REVIEW', requestedOn: lastDay, receivedOn: today });
    expect(v.state).toBe('REVIEW_REQUESTED');
    expect(clock(v, 'D7')).toMatchObject({ status: 'RUNNING', startedOn: today });
    expect(v.events.at(-1)?.details).toMatchObject({ requestedOn: lastDay, receivedOn: today });
  });

  it('Art 35: the sweep closes REPLIED only after the window plus the transit grace', async () => {
    const id = await replied();
    await setWindowEnd(id, 'D6', addDays(today, -10));
    await runSweep();
    expect((await view(id)).state).toBe('REPLIED');
    await setWindowEnd(id, 'D6', addDays(today, -11));
    await runSweep();
    expect((await view(id)).state).toBe('CLOSED');
  });

  const inProgress = async (): Promise<string> => {
    const id = await register();
    await act(id, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
    await act(id, 'handler', { action: 'ACCEPT' });
    await act(id, 'handler', { action: 'START_HANDLING' });
    return id;
  };

  it('Art 34: an expired handling period cannot be extended; the case stays 超期', async () => {
    const id = await inProgress();
    await dataSource.query(`UPDATE case_clock SET started_on = $2::date - 61, due_on = $2::date - 1 WHERE case_id = $1 AND code = 'D5'`, [id, today]);
    const refused = await act(id, 'handler', { action: 'REQUEST_EXTENSION', extensionDays: 30, note: '情况复杂' }, 409);
    expect(JSON.stringify(refused)).toContain('办理期限已届满');

    // A request made in time but not approved before the period ran out cannot be approved afterwards.
    const other = await inProgress();
    await act(other, 'handler', { action: 'REQUEST_EXTENSION', extensionDays: 30, note: '情况复杂' });
    await dataSource.query(`UPDATE case_clock SET started_on = $2::date - 61, due_on = $2::date - 1 WHERE case_id = $1 AND code = 'D5'`, [other, today]);
    await act(other, 'handlerhead', { action: 'APPROVE_EXTENSION' }, 409);
    await runSweep();
    const v = await view(other, 'handler');
    expect(clock(v, 'D5')).toMatchObject({ extendedDays: 0, dueOn: addDays(today, -1), overdue: true });
    expect(v.overdue).toBe(true);
    expect((await act(other, 'handlerhead', { action: 'REJECT_EXTENSION', note: '期限已过，应尽快办结' })).state).toBe('IN_PROGRESS');
  });

  it('Art 34: the 延期告知书 states the reason of the request and the days approved, and the new limit', async () => {
    const id = await inProgress();
    await act(id, 'handler', { action: 'REQUEST_EXTENSION', extensionDays: 20, note: '涉及多家企业，需调取社保记录' });
    const v = await act(id, 'handlerhead', { action: 'APPROVE_EXTENSION' });
    const text = v.notices.find((n) => n.kind === 'EXTENSION')?.paragraphs.join('') ?? '';
    expect(text).toContain('因涉及多家企业，需调取社保记录');
    expect(text).toContain('办理期限延长20日');
    expect(text).not.toContain('延长0日');
    const due = clock(v, 'D5')?.dueOn ?? '';
    expect(text).toContain(`${Number(due.slice(0, 4))}年${Number(due.slice(5, 7))}月${Number(due.slice(8, 10))}日`);
  });

  it('Art 36 ¶2: a paused clock shows its due date as of today; a long hearing does not make the case 超期', async () => {
    const id = await reviewReplied();
    await act(id, 'reception', { action: 'REQUEST_REREVIEW' });
    await act(id, 'reception', { action: 'ACCEPT_REREVIEW' });
    await act(id, 'reception', { action: 'START_HEARING' });
    // D9 started 40 days ago; the hearing began 20 days ago, when the last day was 10 days ago as stored.
    await dataSource.query(
      `UPDATE case_clock SET started_on = $2::date - 40, due_on = $2::date - 10,
         pauses = jsonb_build_array(jsonb_build_object('from', ($2::date - 20)::text, 'to', null, 'reason', '听证时间不计入复核期限'))
       WHERE case_id = $1 AND code = 'D9'`,
      [id, today],
    );
    // Shown as of today even before the sweep stores it.
    const shown = clock(await view(id), 'D9');
    expect(shown).toMatchObject({ status: 'PAUSED', overdue: false });
    expect((shown?.dueOn ?? '') >= today).toBe(true);
    await runSweep();
    const v = await view(id);
    const d9 = clock(v, 'D9');
    expect(d9?.status).toBe('PAUSED');
    expect((d9?.dueOn ?? '') >= today).toBe(true);
    expect(d9?.overdue).toBe(false);
    expect(v.overdue).toBe(false);
    const [stored]: { due_on: string; overdue: boolean }[] = await dataSource.query(
      `SELECT k.due_on::text AS due_on, c.overdue FROM case_clock k JOIN petition_case c ON c.id = k.case_id WHERE k.case_id = $1 AND k.code = 'D9'`,
      [id],
    );
    expect(stored).toEqual({ due_on: d9?.dueOn, overdue: false });
  });

  it('Art 23 ¶3: a D3 stopped while its objection was pending is not counted late for the paused days', async () => {
    const id = await register();
    await act(id, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
    await act(id, 'handler', { action: 'OBJECT', note: '不属于本单位职权范围' });
    await dataSource.query(
      `UPDATE case_clock SET started_on = $2::date - 20, due_on = $2::date - 5,
         pauses = jsonb_build_array(jsonb_build_object('from', ($2::date - 10)::text, 'to', null, 'reason', '提出异议'))
       WHERE case_id = $1 AND code = 'D3'`,
      [id, today],
    );
    const v = await act(id, 'reception', { action: 'RETURN', note: '同意退回' });
    expect(v.clocks.find((k) => k.code === 'D3')).toMatchObject({ status: 'STOPPED', overdue: false });
  });

  it("Arts 34–36: administrators may shorten organs' limits but not lengthen D5 or shorten the petitioner's windows", async () => {
    const refuse = async (code: string, body: object, text: string): Promise<void> => {
      const res = await http().put(`/api/clock-rules/${code}`).set(t.auth.admin).send(body).expect(400);
      expect(res.body.message).toContain(text);
    };
    await refuse('D5', { amount: 90 }, '只能缩短');
    await refuse('D5', { unit: 'WORKING_DAYS' }, '不能改为工作日');
    await refuse('D6', { amount: 15 }, '不能短于');
    await refuse('D8', { amount: 29 }, '不能短于');
    await refuse('D6', { extendPastDaysOff: false }, '民法典');
    await http().put('/api/clock-rules/D5').set(t.auth.admin).send({ amount: 45 }).expect(200);
    await http().put('/api/clock-rules/D5').set(t.auth.admin).send({ amount: 60 }).expect(200);
    await http().put('/api/clock-rules/D6').set(t.auth.admin).send({ amount: 45 }).expect(200);
    await http().put('/api/clock-rules/D6').set(t.auth.admin).send({ amount: 30 }).expect(200);
  });

  it('Arts 22, 35, 40: the administrator takes no intake, bureau or supervision decision', async () => {
    const id = await register();
    for (const body of [{ action: 'ACCEPT' }, { action: 'FORWARD', handlingUnitId: hrBureau }, { action: 'SUPERVISE', supervisionLevel: 'NORMAL', note: '请加快办理' }]) {
      const res = await post(id, 'admin', body);
      expect({ action: body.action, status: res.status }).toEqual({ action: body.action, status: 403 });
    }
    expect((await view(id, 'admin')).permittedActions).toEqual([]);
    const v = await act(id, 'reception', { action: 'ACCEPT' });
    await http()
      .post(`/api/notices/${noticeOf(v, 'ACCEPTANCE')}/delivery`)
      .set(t.auth.admin)
      .send({ method: 'POST', deliveredAt: new Date().toISOString() })
      .expect(403);
  });

  it('DOMAIN.md calendar: an administrator corrects a built-in year; the correction overrides the shipped data and is audited', async () => {
    const year2025 = (await http().get('/api/calendar/years').set(t.auth.reception).expect(200)).body.find((y: { year: number }) => y.year === 2025);
    const corrected = { ...year2025, notice: `${year2025.notice}（更正）`, workdays: year2025.workdays.filter((d: string) => d !== '2025-09-28') };
    delete corrected.source;
    await http().put('/api/calendar/years/2025').set(t.auth.reception).send(corrected).expect(403);
    await http().put('/api/calendar/years/2024').set(t.auth.admin).send(corrected).expect(400);
    await http()
      .put('/api/calendar/years/2031')
      .set(t.auth.admin)
      .send({ ...corrected, year: 2031, holidays: [{ name: '元旦', from: '2031-01-01', to: '2031-01-01' }], workdays: [] })
      .expect(404);
    const res = await http().put('/api/calendar/years/2025').set(t.auth.admin).send(corrected).expect(200);
    expect(res.body).toMatchObject({ year: 2025, source: 'CORRECTED', notice: corrected.notice });
    const listed = (await http().get('/api/calendar/years').set(t.auth.reception).expect(200)).body.find((y: { year: number }) => y.year === 2025);
    expect(listed).toMatchObject({ source: 'CORRECTED', workdays: corrected.workdays });
    const [audit]: { changes: { workdays: { before: string[]; after: string[] } } }[] = await dataSource.query(
      `SELECT changes FROM audit_log WHERE action = 'calendar.correct-year' AND entity_id = '2025' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.changes.workdays.before).toContain('2025-09-28');
    expect(audit.changes.workdays.after).not.toContain('2025-09-28');
    // Restore the shipped data for the other tests of this database.
    await http()
      .put('/api/calendar/years/2025')
      .set(t.auth.admin)
      .send({ ...year2025, source: undefined })
      .expect(200);
  });
});
