import type { IndicatorDashboard, IndicatorDrillDown } from '@julu/contracts';
import { addDays, chinaDate, chinaInstant } from '@julu/domain';
import type { DataSource } from 'typeorm';
import { type IndicatorTestKit, indicatorTestKit } from '../../../test/indicator-test-kit';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { testSecrets } from '../../../test/test-config';
import { testRedisUrl, uniquePrefix } from '../../../test/test-database';

const PASSWORD = 'indicator-definitions-password-1';
const COURT_PASSWORD = 'Court-clerk-2026-pass';

type Headers = Record<string, string>;
interface Record_ {
  recordId: string;
  label: string;
  numerator: number;
  denominator: number;
  reason: string;
}

/** Issue 16: each indicator counts what DOMAIN.md §6 defines, and its drill-down shows the records behind it. */
describe('indicators as DOMAIN.md §6 defines them (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let env: Record<string, string>;
  let julu: string;
  let court: Headers;
  const today = chinaDate(new Date());
  const month = today.slice(0, 7);

  let kit: IndicatorTestKit;
  const register = (lawRelated = false, over: Record<string, unknown> = {}) => kit.register(julu, lawRelated, over);
  const act = (id: string, body: Record<string, unknown>, auth?: Headers) => kit.act(id, body, auth);
  const deliver = (noticeId: string, auth?: Headers) => kit.deliver(noticeId, auth);
  const recomputeAll = () => kit.recomputeAll();
  const drill = async (code: string, period: string, auth: Headers = t.auth.supervisor, unitId?: string): Promise<IndicatorDrillDown> =>
    (
      await t
        .http()
        .get(`/api/indicators/${code}/records?period=${period}${unitId ? `&unitId=${unitId}` : ''}`)
        .set(auth)
        .expect(200)
    ).body;
  /** The contribution of one case's records (however many the source lists for it). */
  const of = (d: IndicatorDrillDown, caseNo: string): { numerator: number; denominator: number; reasons: string[] } => {
    const mine = (d.records as Record_[]).filter((r) => r.label.startsWith(`${caseNo} `));
    return { numerator: mine.reduce((s, r) => s + r.numerator, 0), denominator: mine.reduce((s, r) => s + r.denominator, 0), reasons: mine.map((r) => r.reason) };
  };
  /** The snapshot agrees with the records listed behind it. */
  const expectSnapshotMatches = async (code: string, period: string): Promise<void> => {
    const d = await drill(code, period);
    const dashboard = (await t.http().get(`/api/indicators/dashboard?period=${period}`).set(t.auth.supervisor).expect(200)).body as IndicatorDashboard;
    const snapshot = dashboard.cards.find((c) => c.code === code)?.snapshot;
    expect({ numerator: snapshot?.numerator, denominator: snapshot?.denominator }).toEqual({ numerator: d.numerator, denominator: d.denominator });
    expect(d.records.reduce((s, r) => s + r.numerator, 0)).toBe(d.numerator);
  };

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'supervisor', 'township', 'admin']);
    dataSource = t.dataSource;
    env = { ...testSecrets(), DATABASE_URL: t.db.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniquePrefix() };
    kit = indicatorTestKit(t, env, '定义测试');
    julu = await t.unitId('巨鹿镇');
    // A clerk of the county court (a 政法部门), who decides the matters forwarded to it.
    await t
      .http()
      .post('/api/users')
      .set(t.auth.admin)
      .send({ username: 'courtclerk', password: COURT_PASSWORD, displayName: '县法院 立案庭', role: 'HANDLER', orgUnitId: await t.unitId('县人民法院') })
      .expect(201);
    const login = await t.http().post('/api/auth/login').send({ username: 'courtclerk', password: COURT_PASSWORD }).expect(200);
    court = { Authorization: `Bearer ${login.body.accessToken}` };
  });

  afterAll(async () => {
    await t.close();
  });

  it('DOMAIN.md §6.2 受理及时率: counts matters, not clocks — bureau on time but department late is one late matter', async () => {
    const yesterday = addDays(today, -1);
    const department = await t.unitId('县人力资源和社会保障局');
    const late = await register();
    const onTime = await register();
    for (const c of [late, onTime]) await act(c.id, { action: 'FORWARD', handlingUnitId: department });
    const ids = [late.id, onTime.id];
    // The bureau forwarded both on the last day of its 15 (D1); the department's 15 (D3) ended yesterday too.
    await dataSource.query(`UPDATE case_clock SET due_on = $2, stopped_at = $3 WHERE case_id = ANY($1) AND code = 'D1'`, [ids, yesterday, chinaInstant(yesterday)]);
    await dataSource.query(`UPDATE case_clock SET due_on = $2 WHERE case_id = ANY($1) AND code = 'D3'`, [ids, yesterday]);
    // The department decided one on its last day and let the other run past it.
    await dataSource.query(`UPDATE case_clock SET status = 'STOPPED', stopped_at = $2 WHERE case_id = $1 AND code = 'D3'`, [onTime.id, chinaInstant(yesterday)]);

    await recomputeAll();
    const period = yesterday.slice(0, 7);
    const d = await drill('ACCEPTANCE_TIMELINESS', period);
    expect(of(d, late.caseNo)).toMatchObject({ numerator: 0, denominator: 1 });
    expect(of(d, late.caseNo).reasons[0]).toContain('有环节超期');
    expect(of(d, onTime.caseNo)).toMatchObject({ numerator: 1, denominator: 1 });
    await expectSnapshotMatches('ACCEPTANCE_TIMELINESS', period);
  });

  it('Art 22 ¶2 and DOMAIN.md §6.2 依法分流率: every 涉法涉诉 matter however recognised is counted; forwarding to a 政法部门 with its 告知 delivered counts', async () => {
    // Flagged at registration, then accepted as an ordinary matter: counted, not in the legal channel.
    const flaggedAccepted = await register(true);
    await act(flaggedAccepted.id, { action: 'ACCEPT' });
    // A letter forwarded to the court (Art 22 ¶2), which accepts it and delivers its notice.
    const toCourt = await register();
    await act(toCourt.id, { action: 'FORWARD', handlingUnitId: await t.unitId('县人民法院') });
    const decision = await act(toCourt.id, { action: 'ACCEPT' }, court);
    await deliver(decision.notices[0].id, court);
    // Forwarded to the police, not yet decided there: counted, its 告知 still due.
    const toPolice = await register();
    await act(toPolice.id, { action: 'FORWARD', handlingUnitId: await t.unitId('县公安局') });
    // Diverted, notice delivered: in the channel.
    const diverted = await register();
    const divert = await act(diverted.id, { action: 'DIVERT', diversionRoute: 'ARBITRATION', competentOrgan: '巨鹿县劳动人事争议仲裁委员会', note: '属劳动争议' });
    await deliver(divert.notices[0].id);

    await recomputeAll();
    const d = await drill('DIVERSION_RATE', month);
    expect(of(d, toCourt.caseNo)).toEqual({ numerator: 1, denominator: 1, reasons: ['已转送政法部门（第二十二条第二款），告知已送达'] });
    expect(of(d, toPolice.caseNo)).toEqual({ numerator: 0, denominator: 1, reasons: ['已转送政法部门，告知尚未送达'] });
    expect(of(d, flaggedAccepted.caseNo)).toEqual({ numerator: 0, denominator: 1, reasons: ['涉法涉诉，尚未导入法定途径'] });
    expect(of(d, diverted.caseNo)).toEqual({ numerator: 1, denominator: 1, reasons: ['已分流，告知书已送达'] });
    await expectSnapshotMatches('DIVERSION_RATE', month);
  });

  it('DOMAIN.md §2.5 积案化解率 「期内化解（含依法终结）」: 已化解 without a 息诉罢访 date and 依法终结 both count', async () => {
    const body = {
      origin: 'CITY',
      townshipId: julu,
      linkedCaseIds: [],
      leader: '县委副书记',
      responsibleOrg: '巨鹿镇人民政府',
      team: '专班 3 人',
      task: '化解',
      responsibility: '镇长负总责',
      plan: '一案一策',
      deadline: addDays(today, 90),
      supervisionLevel: null,
    };
    const backlog = async (title: string, resolution: Record<string, unknown> | null): Promise<void> => {
      const created = (
        await t
          .http()
          .post('/api/backlog-cases')
          .set(t.auth.township)
          .send({ ...body, title })
          .expect(201)
      ).body;
      if (resolution)
        await t
          .http()
          .post(`/api/backlog-cases/${created.id}/resolution`)
          .set(t.auth.township)
          .send({ expectedVersion: created.version, note: '情况说明', ...resolution })
          .expect(201);
    };
    await backlog('已化解未填息诉罢访日期', { status: 'RESOLVED', resolutionType: 'PROBLEM_SOLVED' });
    await backlog('依法终结', { status: 'TERMINATED' });
    await backlog('已化解且息诉罢访', { status: 'RESOLVED', resolutionType: 'EDUCATION', settledOn: today });
    await backlog('仍在化解', { status: 'RESOLVING' });

    await recomputeAll();
    const d = await drill('BACKLOG_RESOLUTION_RATE', month);
    expect({ numerator: d.numerator, denominator: d.denominator, value: d.value }).toEqual({ numerator: 3, denominator: 4, value: 75 });
    expect(d.records.map((r) => r.reason).sort()).toEqual([`期内依法终结（${today}）`, `期内化解（${today}）`, `期内化解（${today}，${today} 息诉罢访）`, '未化解'].sort());
    await expectSnapshotMatches('BACKLOG_RESOLUTION_RATE', month);
  });

  it('DOMAIN.md §4.3 上报率: undecided incidents are left out, and a report time entered later is shown as 补录', async () => {
    const quick = (minutesAgo: number, extra: Record<string, unknown> = {}) =>
      t
        .http()
        .post('/api/incidents')
        .set(t.auth.township)
        .send({
          title: '定义测试事件',
          discoveredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
          level: 'GENERAL',
          nature: 'GATHERING',
          townshipId: julu,
          placeDetail: '镇政府门前',
          peopleCount: 12,
          description: '村民聚集反映诉求',
          ...extra,
        })
        .expect(201);
    const phoned = (await quick(50, { phoneReportedAt: new Date(Date.now() - 45 * 60_000).toISOString(), phoneTimeReason: '先电话报告，后录入系统', reportedTo: ['县委总值班室'] }))
      .body;
    await recomputeAll();
    const d = await drill('INCIDENT_REPORT_RATE', month);
    const row = d.records.find((r) => r.recordId === phoned.id);
    expect(row).toMatchObject({ numerator: 0, denominator: 0, reason: '报告时限未到，暂不计入；电话报告时间为补录（先电话报告，后录入系统）' });
    await expectSnapshotMatches('INCIDENT_REPORT_RATE', month);
  });

  it('counts an accusation against a township for the county only in 受理及时率 and 依法分流率 (条例 Art 30)', async () => {
    const accusation = await register(true, { matterType: 'ACCUSATION', involvedUnitId: julu, title: '检举巨鹿镇干部' });
    const yesterday = addDays(today, -1);
    await dataSource.query(`UPDATE case_clock SET due_on = $2 WHERE case_id = $1 AND code = 'D1'`, [accusation.id, yesterday]);
    await recomputeAll();
    for (const [code, period] of [
      ['ACCEPTANCE_TIMELINESS', yesterday.slice(0, 7)],
      ['DIVERSION_RATE', month],
    ] as const) {
      const county = await drill(code, period);
      expect(of(county, accusation.caseNo).denominator).toBe(1);
      await expectSnapshotMatches(code, period);
      for (const own of [await drill(code, period, t.auth.township), await drill(code, period, t.auth.supervisor, julu)]) {
        expect(JSON.stringify(own)).not.toContain(accusation.caseNo);
        expect(own.records.reduce((s, r) => s + r.denominator, 0)).toBe(own.denominator);
        // The township's stored figure is the sum of exactly these records: nothing to tell it apart.
        expect({ numerator: own.snapshot?.numerator, denominator: own.snapshot?.denominator }).toEqual({ numerator: own.numerator, denominator: own.denominator });
      }
    }
  });
});
