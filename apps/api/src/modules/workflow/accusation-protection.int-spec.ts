import type { CaseWorkflowView } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { createDeadlineServices } from '../../../test/deadline-services';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { testSecrets } from '../../../test/test-config';
import { testRedisUrl, uniquePrefix } from '../../../test/test-database';
import { RemindersService } from './reminders/reminders.service';

const PASSWORD = 'accusation-protection-password-1';

/**
 * 2022 条例 Art 30 ¶3: a 检举控告 and its circumstances never reach the unit it accuses — it is
 * neither forwarded nor assigned there, and no notification about it goes to that unit's users.
 * A unit does not record the satisfaction evaluation of its own work either.
 */
describe('protection of accusations and of evaluations (real PostgreSQL)', () => {
  let t: SeededApp;
  let hrBureau: string;
  let township: string;
  let housing: string;
  const today = chinaDate(new Date());

  const petitionerIds = new Map<string, string>();
  const register = async (overrides: Record<string, unknown> = {}, registrar = 'reception'): Promise<string> => {
    if (!petitionerIds.has(registrar)) {
      const person = await t
        .http()
        .post('/api/petitioners')
        .set(t.auth[registrar])
        .send({ name: '检举测试人', idType: 'OTHER', mobile: '13912340000', townshipId: township })
        .expect(201);
      petitionerIds.set(registrar, person.body.id);
    }
    const res = await t
      .http()
      .post('/api/cases')
      .set(t.auth[registrar])
      .send({
        channel: 'LETTER',
        receivedOn: chinaDate(new Date()),
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: '检举测试',
        mainRequest: '测试诉求',
        townshipId: township,
        peopleCount: 1,
        petitioners: [{ petitionerId: petitionerIds.get(registrar), role: 'PRIMARY' }],
        ...overrides,
      })
      .expect(201);
    return res.body.case.id;
  };
  const accusing = (unitId: string): Promise<string> => register({ matterType: 'ACCUSATION', involvedUnitId: unitId });
  const view = async (id: string, user = 'reception'): Promise<CaseWorkflowView> => (await t.http().get(`/api/cases/${id}/workflow`).set(t.auth[user]).expect(200)).body;
  const act = async (id: string, user: string, body: Record<string, unknown>): Promise<{ status: number; body: { message?: string } & Partial<CaseWorkflowView> }> => {
    const res = await t
      .http()
      .post(`/api/cases/${id}/transitions`)
      .set(t.auth[user])
      .send({ expectedVersion: (await view(id)).version, ...body });
    return { status: res.status, body: res.body };
  };
  const notified = async (username: string, caseId: string): Promise<number> => {
    const [{ n }]: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.username = $1 AND n.case_id = $2',
      [username, caseId],
    );
    return n;
  };

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'supervisor', 'handler', 'township']);
    [hrBureau, township, housing] = await Promise.all(['县人力资源和社会保障局', '巨鹿镇', '县住房和城乡建设局'].map((name) => t.unitId(name)));
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses to forward or assign an accusation to the unit it accuses, with the article; another unit is fine', async () => {
    const id = await accusing(hrBureau);
    for (const action of ['FORWARD', 'ASSIGN']) {
      const refused = await act(id, 'reception', { action, handlingUnitId: hrBureau, feedbackDays: 30 });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain('《信访工作条例》第三十条第三款');
    }
    const towardsTownship = await act(await accusing(township), 'supervisor', { action: 'ASSIGN', handlingUnitId: township, feedbackDays: 30 });
    expect(towardsTownship.status).toBe(400);
    expect(await notified('handler', id)).toBe(0);
    const elsewhere = await act(id, 'reception', { action: 'FORWARD', handlingUnitId: housing });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.handlingUnitId).toBe(housing);
  });

  it('refuses a 不再受理 citing an earlier case the caller may not see (the notice would quote its number)', async () => {
    const hidden = await accusing(township);
    // The township decides on what it registered itself (Art 23); the bureau on what it did (Art 22).
    const id = await register({}, 'township');
    // Under handling, so the bureau may cite it (Art 19 ¶3).
    expect((await act(hidden, 'reception', { action: 'ACCEPT' })).status).toBe(201);
    const body = { action: 'REJECT_DUPLICATE', priorCaseId: hidden, sameMatterConfirmed: true, noReacceptanceGround: 'IN_HANDLING', note: '重复信访' };
    const refused = await act(id, 'township', body);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('原信访事项不存在');
    expect((await act(await register(), 'reception', body)).status).toBe(201);
  });

  it('sends no supervision notice to the accused unit, even when it became the handling unit some other way', async () => {
    const control = await register();
    await act(control, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
    expect((await act(control, 'supervisor', { action: 'SUPERVISE', supervisionLevel: 'RED', note: '限期办理' })).status).toBe(201);
    expect(await notified('handler', control)).toBe(2);

    for (const [accused, username] of [
      [hrBureau, 'handler'],
      [township, 'township'],
    ] as const) {
      const id = await accusing(accused);
      await act(id, 'reception', { action: 'FORWARD', handlingUnitId: housing });
      // Another path (a data correction, a later change of matter type) made the accused unit handle it.
      await t.dataSource.query('UPDATE petition_case SET handling_unit_id = $2 WHERE id = $1', [id, accused]);
      expect((await act(id, 'supervisor', { action: 'SUPERVISE', supervisionLevel: 'YELLOW', note: '督办' })).status).toBe(201);
      expect(await notified(username, id)).toBe(0);
    }
  });

  it('sends no deadline reminder or breach notice to the accused unit; the bureau’s leaders still hear of the breach', async () => {
    const context = await createDeadlineServices({
      ...testSecrets(),
      DATABASE_URL: t.db.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: uniquePrefix(),
      MIGRATE_ON_BOOT: 'false',
      LOG_LEVEL: 'silent',
    });
    const reminders = context.get(RemindersService);
    const overdue = async (caseId: string, unitId: string): Promise<void> => {
      const [[clock]]: [{ id: string; version: number }[]] = await t.dataSource.query(
        `UPDATE case_clock SET started_on = $2::date - 16, due_on = $2::date - 1, responsible_unit_id = $3 WHERE case_id = $1 RETURNING id, version`,
        [caseId, today, unitId],
      );
      expect(await reminders.fire(clock.id, clock.version, 'BREACH')).toBe('sent');
    };
    const control = await register();
    await overdue(control, hrBureau);
    expect(await notified('handler', control)).toBe(1);
    for (const [accused, username] of [
      [hrBureau, 'handler'],
      [township, 'township'],
    ] as const) {
      const id = await accusing(accused);
      await overdue(id, accused);
      expect(await notified(username, id)).toBe(0);
      expect(await notified('supervisor', id)).toBe(1);
    }
    await context.close();
  });

  describe('回访 evaluations', () => {
    const evaluate = (id: string, user: string) => t.http().post(`/api/cases/${id}/evaluations`).set(t.auth[user]).send({ stage: 'ACCEPTANCE', result: 'SATISFIED' });
    /** An accepted case whose 受理告知书 was delivered: the acceptance stage is open for evaluation. */
    const accepted = async (acceptor: string, forwardTo?: string): Promise<string> => {
      // The organ that received the matter decides on it (Arts 22, 23): a township accepts what it registered.
      const id = await register({}, acceptor === 'township' ? 'township' : 'reception');
      if (forwardTo) expect((await act(id, 'reception', { action: 'FORWARD', handlingUnitId: forwardTo })).status).toBe(201);
      const v = await act(id, acceptor, { action: 'ACCEPT' });
      expect(v.status).toBe(201);
      const notice = (v.body.notices ?? [])[0];
      await t.http().post(`/api/notices/${notice.id}/delivery`).set(t.auth.reception).send({ method: 'IN_PERSON', deliveredAt: new Date().toISOString() }).expect(201);
      return id;
    };

    it('refuses a township officer recording the evaluation of a case their township handles', async () => {
      const id = await accepted('township');
      expect((await view(id)).handlingUnitId).toBe(township);
      const res = await evaluate(id, 'township').expect(403);
      expect(res.body.message).toContain('不能为本单位');
      await evaluate(id, 'reception').expect(201);
    });

    it('refuses the bureau recording the evaluation of a case it handled itself; the township may', async () => {
      const id = await accepted('reception');
      await evaluate(id, 'supervisor').expect(403);
      await evaluate(id, 'township').expect(201);
    });

    it('lets the bureau record the evaluation of a unit’s work', async () => {
      const id = await accepted('handler', hrBureau);
      await evaluate(id, 'reception').expect(201);
    });
  });
});
