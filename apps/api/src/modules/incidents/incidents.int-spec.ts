import type { IncidentDetail, IncidentListResponse } from '@julu/contracts';
import type { DataSource } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { IncidentLimitSweepService } from './incident-limit-sweep.service';

const PASSWORD = 'incidents-test-password-1';
const MINUTE = 60_000;
/** The reason a test gives when it files a report with an earlier, typed time (补录). */
const BACKFILL = '事后补录（测试）';

describe('sudden incidents (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  let julu: string;
  let wanghuzhai: string;
  const http = () => t.http();
  /** Minutes after a discovery `base` minutes ago, as an ISO string. */
  const ago = (minutes: number): string => new Date(Date.now() - minutes * MINUTE).toISOString();

  const quickReport = async (body: Record<string, unknown> = {}, user = 'township', status = 201): Promise<IncidentDetail> => {
    const res = await http()
      .post('/api/incidents')
      .set(auth[user])
      .send({
        title: '村民聚集镇政府门前',
        discoveredAt: ago(10),
        level: 'LARGE',
        nature: 'GATHERING',
        townshipId: julu,
        placeDetail: '镇政府大门外',
        peopleCount: 35,
        description: '约35名村民因土地补偿聚集，情绪激动',
        ...body,
      });
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res.body;
  };
  const report = async (id: string, kind: string, reportedAt: string, status = 201, user = 'township'): Promise<IncidentDetail> => {
    const res = await http()
      .post(`/api/incidents/${id}/reports`)
      .set(auth[user])
      .send({ kind, reportedAt, timeReason: BACKFILL, reportedTo: ['县委总值班室', '市信访局'], content: kind === 'PHONE' ? '' : `${kind} 报告：现场情况已控制` });
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res.body;
  };
  /** An incident discovered `minutesAgo` ago with phone and 书面初报 at the given minutes after discovery. */
  const reportedAfter = async (minutesAgo: number, phone: number | null, written: number | null): Promise<IncidentDetail> => {
    const discovered = Date.now() - minutesAgo * MINUTE;
    const at = (m: number): string => new Date(discovered + m * MINUTE).toISOString();
    const created = await quickReport({ discoveredAt: at(0) });
    if (phone !== null) await report(created.id, 'PHONE', at(phone));
    if (written !== null) await report(created.id, 'INITIAL', at(written));
    return (await http().get(`/api/incidents/${created.id}`).set(auth.township).expect(200)).body;
  };

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['township', 'reception', 'supervisor', 'admin', 'handler']);
    ({ dataSource, auth } = t);
    julu = await t.unitId('巨鹿镇');
    wanghuzhai = await t.unitId('王虎寨镇');
  });

  afterAll(async () => {
    await t.close();
  });

  it('takes a quick report with its phone report, counts down the written limit, and tells the leaders', async () => {
    const village = await t.unitId('小马庄村');
    const created = await quickReport({ villageId: village, phoneReportedAt: ago(2), phoneTimeReason: '先电话报告，后录入', reportedTo: ['县委总值班室'] });
    expect(created.incidentNo).toMatch(/^突发〔\d{4}〕\d{3}号$/);
    expect(created).toMatchObject({ townshipName: '巨鹿镇', villageName: '小马庄村', verdict: 'PENDING', countsAsReported: false, closed: false, reportedTo: ['县委总值班室'] });
    expect(created.phone).toMatchObject({ limitMinutes: 30, status: 'MET', minutesLate: null });
    expect(created.written).toMatchObject({ limitMinutes: 60, status: 'OPEN', reportedAt: null });
    expect(Date.parse(created.written.dueAt) - Date.parse(created.serverNow)).toBeGreaterThan(49 * MINUTE);
    expect(created.reports.map((r) => r.label)).toEqual(['电话报告']);
    const notes = await http().get('/api/notifications').set(auth.supervisor).expect(200);
    expect(notes.body.items.find((n: { kind: string }) => n.kind === 'INCIDENT').title).toBe('突发事件快报：村民聚集镇政府门前');
    const [outbox] = await dataSource.query(`SELECT event_type FROM outbox_event WHERE aggregate_id = $1`, [created.id]);
    expect(outbox.event_type).toBe('incident.reported');
    const audit = await dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [created.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['incident.create']);
  });

  it('judges the four reporting cases: on time, phone late, written late, never reported', async () => {
    const onTime = await reportedAfter(180, 25, 55);
    expect(onTime).toMatchObject({ verdict: 'ON_TIME', countsAsReported: true, phone: { status: 'MET' }, written: { status: 'MET' } });
    const phoneLate = await reportedAfter(180, 40, 50);
    expect(phoneLate).toMatchObject({ verdict: 'PHONE_LATE', countsAsReported: false, phone: { status: 'LATE', minutesLate: 10 }, written: { status: 'MET' } });
    const writtenLate = await reportedAfter(180, 10, 75);
    expect(writtenLate).toMatchObject({ verdict: 'WRITTEN_LATE', countsAsReported: false, phone: { status: 'MET' }, written: { status: 'LATE', minutesLate: 15 } });
    const never = await reportedAfter(180, null, null);
    expect(never).toMatchObject({ verdict: 'NOT_REPORTED', countsAsReported: false, phone: { status: 'OVERDUE' }, written: { status: 'OVERDUE' } });
    expect(never.written.minutesLate).toBeGreaterThanOrEqual(119);
    const fromAbove = await quickReport({ discoveredAt: ago(5), source: 'UPPER_NOTICE' });
    expect(fromAbove).toMatchObject({ verdict: 'NOT_REPORTED', countsAsReported: false });
  });

  it('keeps the chain in order: 初报 → 续报一, 续报二 → 终报, then closed', async () => {
    const created = await quickReport({ discoveredAt: ago(120) });
    const follow = await http()
      .post(`/api/incidents/${created.id}/reports`)
      .set(auth.township)
      .send({ kind: 'FOLLOW_UP', reportedAt: ago(60), timeReason: BACKFILL, reportedTo: ['市信访局'], content: '续报内容' })
      .expect(400);
    expect(follow.body.message).toContain('请先报送书面初报');
    await report(created.id, 'INITIAL', ago(100));
    await report(created.id, 'INITIAL', ago(99), 409);
    await report(created.id, 'FOLLOW_UP', ago(110), 400);
    await report(created.id, 'FOLLOW_UP', ago(80));
    await report(created.id, 'FOLLOW_UP', ago(40), 201, 'reception');
    const closed = await report(created.id, 'FINAL', ago(10));
    expect(closed.closed).toBe(true);
    expect(closed.reports.map((r) => r.label)).toEqual(['书面初报', '续报一', '续报二', '终报']);
    expect(closed.reports[2].reportedByName).toBe('李接待');
    expect(closed.reportedTo.sort()).toEqual(['市信访局', '县委总值班室'].sort());
    const again = await http()
      .post(`/api/incidents/${created.id}/reports`)
      .set(auth.township)
      .send({ kind: 'FOLLOW_UP', reportedAt: ago(5), timeReason: BACKFILL, reportedTo: ['市信访局'], content: '再次续报' })
      .expect(409);
    expect(again.body.message).toContain('已终报');
    const future = await http()
      .post(`/api/incidents/${created.id}/reports`)
      .set(auth.township)
      .send({ kind: 'FINAL', reportedAt: ago(-30), reportedTo: ['市信访局'], content: '未来时间' })
      .expect(400);
    expect(future.body.message).toContain('报告时间不能晚于当前时间');
    const open = (await http().get('/api/incidents?open=true&limit=200').set(auth.township).expect(200)).body as IncidentListResponse;
    expect(open.items.some((i) => i.id === created.id)).toBe(false);
  });

  it('DOMAIN.md §4.3: a report filed in the system carries the system time; a typed earlier time needs a reason and is shown as 补录', async () => {
    const created = await quickReport({ discoveredAt: ago(70) });
    // Back-dating the written report into the limit without a word is refused…
    const refused = await http()
      .post(`/api/incidents/${created.id}/reports`)
      .set(auth.township)
      .send({ kind: 'INITIAL', reportedAt: ago(45), reportedTo: ['市信访局'], content: '书面初报内容' })
      .expect(400);
    expect(refused.body.message).toContain('补录');
    // …filed now, it carries the system's time and is late.
    const before = Date.now();
    const filed = (
      await http()
        .post(`/api/incidents/${created.id}/reports`)
        .set(auth.township)
        .send({ kind: 'INITIAL', reportedTo: ['市信访局'], content: '书面初报内容' })
        .expect(201)
    ).body as IncidentDetail;
    expect(Date.parse(filed.reports[0].reportedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(filed.reports[0].timeReason).toBeNull();
    expect(filed.written).toMatchObject({ status: 'LATE' });
    // A phone report made earlier is recorded with its reason, and shown as such.
    const phoned = (
      await http()
        .post(`/api/incidents/${created.id}/reports`)
        .set(auth.township)
        .send({ kind: 'PHONE', reportedAt: ago(50), timeReason: '已先行电话报告县委总值班室，事后录入', reportedTo: ['县委总值班室'], content: '' })
        .expect(201)
    ).body as IncidentDetail;
    const phone = phoned.reports.find((r) => r.kind === 'PHONE');
    expect(phone).toMatchObject({ timeReason: '已先行电话报告县委总值班室，事后录入' });
    expect(Date.parse(phone?.recordedAt ?? '') - Date.parse(phone?.reportedAt ?? '')).toBeGreaterThan(45 * MINUTE);
    // The quick report's phone time is held to the same rule.
    const quick = await quickReport({ phoneReportedAt: ago(8), reportedTo: ['县委总值班室'] }, 'township', 400);
    expect(JSON.stringify(quick)).toContain('phoneTimeReason');
  });

  it('DOMAIN.md §4.3: an incident first learned of from an upper-level 通报 ends as not reported, even when reported at once', async () => {
    const fromAbove = await quickReport({ discoveredAt: ago(3), source: 'UPPER_NOTICE', phoneReportedAt: ago(1), reportedTo: ['县委总值班室'] });
    expect(fromAbove).toMatchObject({ verdict: 'NOT_REPORTED', countsAsReported: false, phone: { status: 'MET' } });
  });

  it('refuses times that cannot be: a future discovery, a report before the discovery', async () => {
    const future = await quickReport({ discoveredAt: ago(-60) }, 'township', 400);
    expect(JSON.stringify(future)).toContain('获知时间不能晚于当前时间');
    const early = await quickReport({ discoveredAt: ago(10), phoneReportedAt: ago(20), reportedTo: ['县委总值班室'] }, 'township', 400);
    expect(JSON.stringify(early)).toContain('电话报告时间不能早于获知时间');
    await quickReport({ phoneReportedAt: ago(1) }, 'township', 400);
    await quickReport({ level: 'HUGE' }, 'township', 400);
  });

  it('applies the limits configured per level to incidents discovered afterwards only', async () => {
    const before = await quickReport({ level: 'MAJOR' });
    await http().put('/api/incident-report-limits/MAJOR').set(auth.reception).send({ phoneMinutes: 20, writtenMinutes: 40 }).expect(403);
    const bad = await http().put('/api/incident-report-limits/MAJOR').set(auth.admin).send({ phoneMinutes: 50, writtenMinutes: 40 }).expect(400);
    expect(bad.body.message).toContain('电话报告时限不能长于书面报告时限');
    await http().put('/api/incident-report-limits/HUGE').set(auth.admin).send({ phoneMinutes: 20, writtenMinutes: 40 }).expect(404);
    await http().put('/api/incident-report-limits/MAJOR').set(auth.admin).send({ phoneMinutes: 20, writtenMinutes: 40 }).expect(200);
    const limits = await http().get('/api/incident-report-limits').set(auth.township).expect(200);
    expect(limits.body).toContainEqual({ level: 'MAJOR', phoneMinutes: 20, writtenMinutes: 40 });
    const after = await quickReport({ level: 'MAJOR' });
    expect(after.phone.limitMinutes).toBe(20);
    const reread = (await http().get(`/api/incidents/${before.id}`).set(auth.township).expect(200)).body as IncidentDetail;
    expect(reread.phone.limitMinutes).toBe(30);
  });

  it('keeps a township officer to their own township: 404 on another’s incident, 403 on reporting for it', async () => {
    const foreign = await quickReport({ townshipId: wanghuzhai, title: '王虎寨镇事件' }, 'reception');
    await http().get(`/api/incidents/${foreign.id}`).set(auth.township).expect(404);
    await http()
      .post(`/api/incidents/${foreign.id}/reports`)
      .set(auth.township)
      .send({ kind: 'INITIAL', reportedAt: ago(1), reportedTo: ['市信访局'], content: '越权报告' })
      .expect(404);
    await http().get(`/api/incidents/${foreign.id}`).set(auth.supervisor).expect(200);
    const list = (await http().get('/api/incidents?limit=200').set(auth.township).expect(200)).body as IncidentListResponse;
    expect(list.items.every((i) => i.townshipName === '巨鹿镇')).toBe(true);
    await quickReport({ townshipId: wanghuzhai }, 'township', 403);
    await quickReport({ villageId: await t.unitId('王虎寨村') }, 'township', 400);
    await http().get('/api/incidents').set(auth.handler).expect(403);
    await http().get('/api/incidents/not-a-uuid').set(auth.township).expect(404);
  });

  it('pages the list by keyset, newest discovery first, without overlap', async () => {
    const first = (await http().get('/api/incidents?limit=3').set(auth.supervisor).expect(200)).body as IncidentListResponse;
    expect(first.items).toHaveLength(3);
    const second = (await http().get(`/api/incidents?limit=3&after=${first.nextCursor}`).set(auth.supervisor).expect(200)).body as IncidentListResponse;
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(6);
    const times = [...first.items, ...second.items].map((i) => Date.parse(i.discoveredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    await http().get('/api/incidents?after=garbage').set(auth.supervisor).expect(400);
  });

  it('tells the leaders and the township once when a report limit passes unreported, however often the sweep runs', async () => {
    const late = await quickReport({ discoveredAt: ago(45), title: '超时未报事件' });
    const sweep = t.app.get(IncidentLimitSweepService);
    const first = await sweep.run();
    expect(first).toBeGreaterThan(0);
    expect(await sweep.run()).toBe(0);
    const rows = await dataSource.query(`SELECT u.username, n.dedupe_key FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.dedupe_key LIKE $1 ORDER BY 1`, [
      `incident:${late.id}:%-overdue`,
    ]);
    expect(rows).toEqual([
      { username: 'supervisor', dedupe_key: `incident:${late.id}:phone-overdue` },
      { username: 'township', dedupe_key: `incident:${late.id}:phone-overdue` },
    ]);
  });
});
