import type { CaseWorkflowView } from '@julu/contracts';
import { addDays, chinaDate } from '@julu/domain';
import type { DataSource } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';

const PASSWORD = 'intake-law-test-password-1';

/** Issue 16: intake, notices and forwarding read against the 2022 《信访工作条例》. */
describe('intake, notices and forwarding (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  let hrBureau: string;
  let julu: string;
  const http = () => t.http();
  const today = chinaDate(new Date());
  let petitionerId: string;

  const register = async (user = 'reception', extra: Record<string, unknown> = {}): Promise<string> => {
    const res = await http()
      .post('/api/cases')
      .set(auth[user])
      .send({
        channel: 'VISIT',
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: '拖欠工资',
        mainRequest: '请求督促企业支付工资',
        townshipId: julu,
        peopleCount: 1,
        petitioners: [{ petitionerId, role: 'PRIMARY' }],
        ...extra,
      });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201 });
    return res.body.case.id;
  };
  const view = async (id: string, user = 'reception'): Promise<CaseWorkflowView> => (await http().get(`/api/cases/${id}/workflow`).set(auth[user]).expect(200)).body;
  const send = async (id: string, user: string, body: Record<string, unknown>) => {
    const { version } = (await dataSource.query('SELECT version FROM petition_case WHERE id = $1', [id]))[0] as { version: number };
    return http()
      .post(`/api/cases/${id}/transitions`)
      .set(auth[user])
      .send({ expectedVersion: version, ...body });
  };
  const act = async (id: string, user: string, body: Record<string, unknown>, status = 201): Promise<CaseWorkflowView> => {
    const res = await send(id, user, body);
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res.body;
  };
  const deliver = async (noticeId: string, user = 'reception'): Promise<void> => {
    await http().post(`/api/notices/${noticeId}/delivery`).set(auth[user]).send({ method: 'IN_PERSON', deliveredAt: new Date().toISOString() }).expect(201);
  };
  const backdateRegistration = (id: string, days: number) =>
    dataSource.query(`UPDATE petition_case SET registered_at = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'handler', 'handlerhead', 'township', 'supervisor']);
    ({ dataSource, auth } = t);
    hrBureau = await t.unitId('县人力资源和社会保障局');
    julu = await t.unitId('巨鹿镇');
    const person = await http()
      .post('/api/petitioners')
      .set(auth.reception)
      .send({ name: '受理测试人', idType: 'RESIDENT_ID', idNumber: '130529198503120035', mobile: '13912345678', townshipId: julu })
      .expect(201);
    petitionerId = person.body.id;
  });

  afterAll(async () => {
    await t.close();
  });

  describe('point 7: the 15-day intake clocks run from receipt (收到), not from registration', () => {
    const post = (user: string, extra: Record<string, unknown>) =>
      http()
        .post('/api/cases')
        .set(auth[user])
        .send({
          channel: 'LETTER',
          source: 'DIRECT',
          matterType: 'APPEAL',
          categoryCode: '03',
          title: '来信反映拖欠工资',
          mainRequest: '请求督促支付',
          townshipId: julu,
          peopleCount: 1,
          petitioners: [{ petitionerId, role: 'PRIMARY' }],
          ...extra,
        });

    it('Art 22: a letter needs its receipt day; D1 counts from it and the case shows 登记延迟 N 日', async () => {
      const missing = await post('reception', {});
      expect(missing.status).toBe(400);
      expect(missing.body.details[0].field).toBe('receivedOn');
      expect((await post('reception', { receivedOn: addDays(today, 1) })).status).toBe(400);
      const late = await post('reception', { receivedOn: addDays(today, -6) });
      expect(late.status).toBe(201);
      expect(late.body.case).toMatchObject({ receivedOn: addDays(today, -6), registrationDelayDays: 6 });
      expect((await view(late.body.case.id)).clocks[0]).toMatchObject({ code: 'D1', startedOn: addDays(today, -6) });
      const [y, mo, d] = addDays(today, -6).split('-').map(Number);
      const accepted = await act(late.body.case.id, 'reception', { action: 'ACCEPT' });
      expect(accepted.notices[0].paragraphs[0]).toContain(`你（们）于${y}年${mo}月${d}日提出的`);
      const detail = await http().get(`/api/cases/${late.body.case.id}`).set(auth.reception).expect(200);
      expect(detail.body).toMatchObject({ receivedOn: addDays(today, -6), registrationDelayDays: 6 });
    });

    it('Art 23 ¶2: an online submission registered by a township counts D2 from the day it was submitted; a visit from its registration', async () => {
      const online = await post('township', { channel: 'ONLINE', receivedOn: addDays(today, -3) });
      expect(online.status).toBe(201);
      expect((await view(online.body.case.id, 'township')).clocks[0]).toMatchObject({ code: 'D2', startedOn: addDays(today, -3) });
      const visit = await post('reception', { channel: 'VISIT' });
      expect(visit.body.case).toMatchObject({ receivedOn: today, registrationDelayDays: 0 });
      expect((await view(visit.body.case.id)).clocks[0].startedOn).toBe(today);
    });
  });

  describe('point 9: the organ that received the matter, or was sent it, decides', () => {
    it('Arts 22, 23: a township officer cannot decide on a case the bureau registered in the township', async () => {
      const id = await register('reception');
      for (const action of [{ action: 'ACCEPT' }, { action: 'FORWARD', handlingUnitId: hrBureau }]) await act(id, 'township', action, 403);
      expect((await view(id, 'township')).permittedActions).toEqual([]);
    });

    it('Arts 22, 23: once forwarded, only the receiving unit accepts, and the 受理告知书 carries its name', async () => {
      const id = await register('reception');
      await act(id, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
      await act(id, 'reception', { action: 'ACCEPT' }, 403);
      await act(id, 'township', { action: 'ACCEPT' }, 403);
      await act(id, 'township', { action: 'NOT_ACCEPT', note: '不属本镇职权', competentOrgan: '县住建局' }, 403);
      const v = await act(id, 'handler', { action: 'ACCEPT' });
      expect(v.notices[0]).toMatchObject({ kind: 'ACCEPTANCE', issuer: '县人力资源和社会保障局' });
    });

    it('Art 23 ¶3: only the organ that forwarded the matter answers the receiving unit’s objection', async () => {
      const id = await register('reception');
      await act(id, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
      await act(id, 'handler', { action: 'OBJECT', note: '属于住建部门职责' });
      await act(id, 'township', { action: 'OVERRULE_OBJECTION', note: '属人社职责' }, 403);
      await act(id, 'township', { action: 'RETURN', note: '同意退回' }, 403);
      expect((await act(id, 'reception', { action: 'OVERRULE_OBJECTION', note: '属人社职责' })).state).toBe('FORWARDED');
    });

    it('Art 23: a township decides on the matters it registered itself, the bureau does not', async () => {
      const id = await register('township');
      await act(id, 'reception', { action: 'ACCEPT' }, 403);
      const v = await act(id, 'township', { action: 'ACCEPT' });
      expect(v.notices[0]).toMatchObject({ kind: 'ACCEPTANCE', issuer: '巨鹿镇' });
    });
  });

  describe('point 5: 不再受理 only for the same person and the same matter, under handling or after 复核', () => {
    const refuse = (id: string, priorCaseId: string, extra: Record<string, unknown> = {}) =>
      send(id, 'reception', { action: 'REJECT_DUPLICATE', priorCaseId, sameMatterConfirmed: true, noReacceptanceGround: 'IN_HANDLING', note: '同一事项正在办理', ...extra });

    it('Art 19 ¶3: a prior case of another petitioner is not the same person (400), whatever the rest', async () => {
      const other = await http().post('/api/petitioners').set(auth.reception).send({ name: '另一信访人', idType: 'OTHER', mobile: '13912345000', townshipId: julu }).expect(201);
      const prior = await register('reception', { petitioners: [{ petitionerId: other.body.id, role: 'PRIMARY' }] });
      await act(prior, 'reception', { action: 'ACCEPT' });
      const res = await refuse(await register(), prior);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('同人同事');
      expect(res.body.message).toContain('第十九条第三款');
    });

    it('Art 19 ¶3: a prior case not yet accepted is not under handling (400); once accepted, it is (201)', async () => {
      const prior = await register();
      const id = await register();
      const early = await refuse(id, prior);
      expect(early.status).toBe(400);
      expect(early.body.details[0].field).toBe('noReacceptanceGround');
      expect(early.body.message).toContain('第十九条第三款');
      await act(prior, 'reception', { action: 'ACCEPT' });
      expect((await refuse(id, prior, { sameMatterConfirmed: false })).body.details[0].field).toBe('sameMatterConfirmed');
      expect((await refuse(id, prior)).status).toBe(201);
    });

    it('Art 19 ¶3: another category is not the same matter (400)', async () => {
      const prior = await register();
      await act(prior, 'reception', { action: 'ACCEPT' });
      const [{ code }]: { code: string }[] = await dataSource.query(
        `SELECT code FROM content_category WHERE parent_code IS NULL AND code <> '03' AND retired_at IS NULL ORDER BY code LIMIT 1`,
      );
      const res = await refuse(await register('reception', { categoryCode: code }), prior);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('内容分类不同');
    });

    it('Art 36 ¶3: “after 复核” needs a prior case that went through 复核 (400 naming the article)', async () => {
      const prior = await register();
      await act(prior, 'reception', { action: 'ACCEPT' });
      const res = await refuse(await register(), prior, { noReacceptanceGround: 'AFTER_REREVIEW' });
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('第三十六条第三款');
    });
  });

  describe('point 6: 复查/复核意见书 are the reviewing organs’ documents', () => {
    it('Arts 35, 36: the bureau records the opinion under the issuing organ’s name and document number, never its own', async () => {
      const id = await register();
      await act(id, 'reception', { action: 'ACCEPT' });
      await act(id, 'reception', { action: 'START_HANDLING' });
      let v = await act(id, 'reception', { action: 'REPLY', outcome: 'NOT_SUPPORTED', note: '无事实依据', legalBasis: '《信访工作条例》第三十二条' });
      await deliver(v.notices.find((n) => n.kind === 'HANDLING_OPINION')?.id ?? '');
      await act(id, 'reception', { action: 'REQUEST_REVIEW' });
      await act(id, 'reception', { action: 'ACCEPT_REVIEW' });
      const unsigned = await send(id, 'reception', { action: 'REPLY_REVIEW', outcome: 'NOT_SUPPORTED', note: '维持原处理意见' });
      expect(unsigned.status).toBe(400);
      expect(unsigned.body.details[0].field).toBe('reviewOrgan');
      const review = { action: 'REPLY_REVIEW', outcome: 'NOT_SUPPORTED', note: '维持原处理意见', reviewOrgan: '巨鹿县人民政府', opinionNo: `巨政复查〔2026〕${id.slice(0, 6)}号` };
      v = await act(id, 'reception', review);
      expect(v.notices.find((n) => n.kind === 'REVIEW_OPINION')).toMatchObject({ issuer: '巨鹿县人民政府', noticeNo: review.opinionNo });
      await deliver(v.notices.find((n) => n.kind === 'REVIEW_OPINION')?.id ?? '');
      await act(id, 'reception', { action: 'REQUEST_REREVIEW' });
      await act(id, 'reception', { action: 'ACCEPT_REREVIEW' });
      const reused = await send(id, 'reception', {
        action: 'REPLY_REREVIEW',
        outcome: 'NOT_SUPPORTED',
        note: '维持复查意见',
        reviewOrgan: '邢台市人民政府',
        opinionNo: review.opinionNo,
      });
      expect(reused.status).toBe(400);
      v = await act(id, 'reception', {
        action: 'REPLY_REREVIEW',
        outcome: 'NOT_SUPPORTED',
        note: '维持复查意见',
        reviewOrgan: '邢台市人民政府',
        opinionNo: `邢政复核〔2026〕${id.slice(0, 6)}号`,
      });
      const rereview = v.notices.find((n) => n.kind === 'REREVIEW_OPINION');
      expect(rereview?.issuer).toBe('邢台市人民政府');
      expect(rereview?.noticeNo.startsWith('巨信')).toBe(false);
    });
  });

  describe('point 8: 分流 is a 转送 or an import into a legal procedure; 不予受理 rests on Art 23 ¶1', () => {
    const noticeOf = (v: CaseWorkflowView) => {
      const n = v.notices[0];
      return { title: n.title, text: n.paragraphs.join('') };
    };

    it('Art 22 ¶2: the bureau 转送 a 涉法涉诉 letter to the 政法部门 and tells the petitioner where it went', async () => {
      const id = await register('reception', { channel: 'LETTER', receivedOn: chinaDate(new Date()) });
      const v = await act(id, 'reception', { action: 'DIVERT', diversionRoute: 'LITIGATION', competentOrgan: '巨鹿县人民法院', note: '反映判决执行问题，属涉诉事项' });
      const n = noticeOf(v);
      expect(n.title).toBe('信访事项转送告知书');
      expect(n.text).toContain('第二十二条第二款');
      expect(n.text).toContain('已转送巨鹿县人民法院');
      expect(n.text).not.toContain('不予受理');
    });

    it('Art 22 ¶2: the bureau 转送 a 检举控告 to the 纪检监察机关 by management authority', async () => {
      const id = await register('reception', { channel: 'LETTER', receivedOn: chinaDate(new Date()), matterType: 'ACCUSATION' });
      const n = noticeOf(
        await act(id, 'reception', { action: 'DIVERT', diversionRoute: 'DISCIPLINE', competentOrgan: '中共巨鹿县纪律检查委员会、巨鹿县监察委员会', note: '检举村干部违纪' }),
      );
      expect(n.text).toContain('按照管理权限转送中共巨鹿县纪律检查委员会');
      expect(n.text).not.toContain('不予受理');
    });

    it('Art 31(二): arbitration imports the matter into its procedure, without a 不予受理', async () => {
      const id = await register();
      const n = noticeOf(await act(id, 'reception', { action: 'DIVERT', diversionRoute: 'ARBITRATION', competentOrgan: '巨鹿县劳动人事争议仲裁委员会', note: '属劳动争议' }));
      expect(n.title).toBe('导入法定途径告知书');
      expect(n.text).toContain('第三十一条（二）');
      expect(n.text).not.toContain('不予受理');
    });

    it('Art 23 ¶1: a matter outside the organ’s remit is answered by telling where to go, citing Art 23 ¶1 only', async () => {
      const id = await register();
      const n = noticeOf(await act(id, 'reception', { action: 'NOT_ACCEPT', competentOrgan: '邢台市住房公积金管理中心', note: '反映公积金提取问题' }));
      expect(n.text).toContain('第二十三条第一款');
      expect(n.text).toContain('向邢台市住房公积金管理中心提出');
      expect(n.text).not.toContain('第二十二条');
      expect(n.text).not.toContain('第三十一条');
    });
  });

  describe('point 12: the 交办 feedback limit is a clock (D10) ended by the 办结报告', () => {
    it('Art 22(三): 交办 requires a feedback limit, starts D10 for the unit, and the unit’s 办结报告 stops it', async () => {
      const id = await register();
      const missing = await send(id, 'reception', { action: 'ASSIGN', handlingUnitId: hrBureau });
      expect(missing.status).toBe(400);
      expect(missing.body.details[0].field).toBe('feedbackDays');
      let v = await act(id, 'reception', { action: 'ASSIGN', handlingUnitId: hrBureau, feedbackDays: 20 });
      const d10 = v.clocks.find((k) => k.code === 'D10');
      expect(d10).toMatchObject({ status: 'RUNNING', amount: 20, startedOn: today, responsibleUnitName: '县人力资源和社会保障局' });
      // 20 days not counting the day of 交办, moved to the next working day when the last one is a day off.
      expect((d10?.dueOn ?? '') >= addDays(today, 20) && (d10?.dueOn ?? '') <= addDays(today, 30)).toBe(true);
      await act(id, 'handler', { action: 'ACCEPT' });
      await act(id, 'handler', { action: 'START_HANDLING' });
      v = await act(id, 'handler', { action: 'REPLY', outcome: 'SUPPORTED', note: '已督促企业支付', legalBasis: '《保障农民工工资支付条例》' });
      expect(v.clocks.find((k) => k.code === 'D10')?.status).toBe('RUNNING');
      await act(id, 'reception', { action: 'REPORT_COMPLETION', note: '办结报告' }, 403);
      v = await act(id, 'handler', { action: 'REPORT_COMPLETION', note: '已出具处理意见书，企业已于本月支付全部工资' });
      expect(v.state).toBe('REPLIED');
      expect(v.clocks.find((k) => k.code === 'D10')).toMatchObject({ status: 'STOPPED', stopReason: '提交办结报告' });
      await act(id, 'handler', { action: 'REPORT_COMPLETION', note: '再次提交' }, 409);
    });
  });

  describe('point 10: receivedOn means the day a 复查/复核 request arrived, nothing else', () => {
    it('Art 23 ¶3: a back-dated receivedOn does not reopen the expired 5-working-day objection window', async () => {
      const id = await register();
      await backdateRegistration(id, 10);
      await act(id, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
      await dataSource.query(`UPDATE case_clock SET due_on = $2::date - 1 WHERE case_id = $1 AND code = 'D4'`, [id, today]);
      const res = await send(id, 'handler', { action: 'OBJECT', note: '不属本单位', receivedOn: addDays(today, -3) });
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('receivedOn');
      expect((await send(id, 'handler', { action: 'OBJECT', note: '不属本单位' })).status).toBe(409);
    });

    it('Art 35: a 复查 request received in time but recorded after the window closed needs the reason in the note', async () => {
      const id = await register();
      await backdateRegistration(id, 60);
      await act(id, 'reception', { action: 'ACCEPT' });
      await act(id, 'reception', { action: 'START_HANDLING' });
      const v = await act(id, 'reception', { action: 'REPLY', outcome: 'EXPLAINED', note: '作出解释', legalBasis: '相关政策' });
      await deliver(v.notices.find((n) => n.kind === 'HANDLING_OPINION')?.id ?? '');
      await dataSource.query(`UPDATE case_clock SET started_on = $2::date - 40, due_on = $2::date - 5 WHERE case_id = $1 AND code = 'D6'`, [id, today]);
      const late = await send(id, 'reception', { action: 'REQUEST_REVIEW', receivedOn: addDays(today, -7) });
      expect(late.status).toBe(400);
      expect(late.body.details[0].field).toBe('note');
      expect((await send(id, 'reception', { action: 'REQUEST_REVIEW', receivedOn: addDays(today, -45), note: '邮寄在途' })).status).toBe(400);
      const recorded = await act(id, 'reception', { action: 'REQUEST_REVIEW', receivedOn: addDays(today, -7), note: '申请书由县政府办公室转来，今日补登' });
      expect(recorded.clocks.find((k) => k.code === 'D7')?.startedOn).toBe(addDays(today, -7));
    });
  });

  describe('point 11: 分流 during handling', () => {
    it('Art 31, Art 34: a matter found during handling to belong to arbitration is diverted and the 60-day clock stops', async () => {
      const id = await register();
      await act(id, 'reception', { action: 'FORWARD', handlingUnitId: hrBureau });
      await act(id, 'handler', { action: 'ACCEPT' });
      await act(id, 'handler', { action: 'START_HANDLING' });
      await act(id, 'reception', { action: 'DIVERT', diversionRoute: 'ARBITRATION', competentOrgan: '巨鹿县劳动人事争议仲裁委员会', note: '属劳动争议' }, 403);
      const v = await act(id, 'handler', {
        action: 'DIVERT',
        diversionRoute: 'ARBITRATION',
        competentOrgan: '巨鹿县劳动人事争议仲裁委员会',
        note: '经调查属劳动争议，应申请劳动仲裁',
      });
      expect(v.state).toBe('DIVERTED');
      expect(v.clocks.find((k) => k.code === 'D5')).toMatchObject({ status: 'STOPPED' });
      expect(v.clocks.every((k) => k.status === 'STOPPED')).toBe(true);
    });
  });
});
