import type {
  BudgetProjectSummary,
  BudgetProjectView,
  IndicatorDashboard,
  IndicatorDrillDown,
  PublicityCoverageView,
  PublicityEventListResponse,
  PublicityEventView,
  PublicityPlanRow,
} from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { binaryBody, type SeededApp, startSeededApp } from '../../../test/seeded-app';

const PASSWORD = 'publicity-test-password-1';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512, 1)]);

describe('publicity and 行政村 coverage (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  let dir: string;
  let julu: string;
  let wanghuzhai: string;
  let juluVillages: { id: string; name: string; type: string }[];
  const http = () => t.http();
  const year = Number(chinaDate(new Date()).slice(0, 4));
  const today = chinaDate(new Date());

  const record = async (villageIds: string[], body: Record<string, unknown> = {}, user = 'township', status = 201): Promise<PublicityEventView> => {
    const res = await http()
      .post('/api/publicity/events')
      .set(auth[user])
      .send({ heldOn: today, townshipId: julu, villageIds, form: 'MEETING', topic: '《信访工作条例》进村宣讲', participants: 80, ...body });
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res.body;
  };
  const coverage = async (user = 'supervisor'): Promise<PublicityCoverageView> => (await http().get(`/api/publicity/coverage?year=${year}`).set(auth[user]).expect(200)).body;
  const juluRow = (c: PublicityCoverageView) => c.townships.find((r) => r.unitName === '巨鹿镇');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'julu-publicity-test-'));
    t = await startSeededApp(PASSWORD, ['township', 'supervisor', 'admin', 'reception', 'handler'], { ATTACHMENT_DIR: dir, ATTACHMENT_MAX_MB: '1' });
    ({ dataSource, auth } = t);
    julu = await t.unitId('巨鹿镇');
    wanghuzhai = await t.unitId('王虎寨镇');
    juluVillages = await dataSource.query(`SELECT id, name, type FROM org_unit WHERE parent_id = $1 ORDER BY sort_order`, [julu]);
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts 行政村 from the org tree: every township listed, communities outside the ratio, nothing reached yet', async () => {
    const c = await coverage();
    const expected: { n: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n FROM org_unit v JOIN org_unit t ON t.id = v.parent_id WHERE v.type = 'VILLAGE' AND v.retired_at IS NULL AND t.village_list_complete`,
    );
    expect(c.county).toMatchObject({ unitName: '全县', villages: expected[0].n, villagesReached: 0, coverage: 0, events: 0 });
    expect(juluRow(c)).toMatchObject({ villages: 20, villagesReached: 0, coverage: 0 });
    const noList = c.townships.find((r) => r.unitName === '堤村乡');
    expect(noList).toMatchObject({ villages: 0, coverage: null, completion: null });
  });

  it('DOMAIN.md §5: coverage counts only complete township village lists, and says which are incomplete wherever it appears', async () => {
    const c = await coverage();
    // The seed: 巨鹿镇 20, 王虎寨镇 21, 西郭城镇 12, 观寨镇 27 行政村 complete; 官亭镇's 12 from a truncated list.
    expect(c.county).toMatchObject({ villages: 80, villageListComplete: false });
    expect(c.townships.find((r) => r.unitName === '官亭镇')).toMatchObject({ villages: 12, villageListComplete: false });
    expect(juluRow(c)).toMatchObject({ villageListComplete: true });
    expect(c.incompleteTownships).toEqual(expect.arrayContaining(['官亭镇', '阎疃镇', '堤村乡']));
    expect(c.incompleteTownships).not.toContain('巨鹿镇');
    expect(c.warning).toContain('官亭镇');

    const dashboard = (await http().get(`/api/indicators/dashboard?period=${year}`).set(auth.supervisor).expect(200)).body as IndicatorDashboard;
    const card = dashboard.cards.find((x) => x.code === 'VILLAGE_COVERAGE');
    expect(card?.warning).toContain('官亭镇');
    expect(dashboard.cards.find((x) => x.code === 'VISIT_BATCHES')?.warning).toBeNull();
    const drill = (await http().get(`/api/indicators/VILLAGE_COVERAGE/records?period=${year}`).set(auth.supervisor).expect(200)).body as IndicatorDrillDown;
    expect(drill.denominator).toBe(80);
    expect(drill.records.some((r) => r.label.startsWith('官亭镇'))).toBe(false);
    expect(drill.warning).toContain('官亭镇');
    // The township's own figure: no village list warning for a complete township.
    const own = (await http().get(`/api/indicators/VILLAGE_COVERAGE/records?period=${year}`).set(auth.township).expect(200)).body as IndicatorDrillDown;
    expect(own.warning).toBeNull();

    const projects: BudgetProjectSummary[] = (await http().get('/api/budget/projects?year=2020').set(auth.supervisor).expect(200)).body;
    const p4 = projects.find((p) => p.code === '13052924P00584012425C');
    const view: BudgetProjectView = (await http().get(`/api/budget/projects/${p4?.id}`).set(auth.supervisor).expect(200)).body;
    expect(view.rows.find((r) => r.indicatorCode === 'VILLAGE_COVERAGE')?.indicatorWarning).toContain('官亭镇');
  });

  it('records an event in the officer’s township with the villages reached, and a photo kept outside the database', async () => {
    const villages = juluVillages.filter((v) => v.type === 'VILLAGE').slice(0, 2);
    const community = juluVillages.find((v) => v.type === 'COMMUNITY');
    if (!community) throw new Error('巨鹿镇 has communities in the seed');
    const event = await record([...villages.map((v) => v.id), community.id]);
    expect(event).toMatchObject({ townshipName: '巨鹿镇', form: 'MEETING', participants: 80, createdByName: '赵干事（巨鹿镇）' });
    expect(event.villages.map((v) => v.name).sort()).toEqual([...villages.map((v) => v.name), community.name].sort());
    const photo = await http().post(`/api/publicity/events/${event.id}/photos`).set(auth.township).attach('file', PNG, '宣讲现场.png').expect(201);
    expect(photo.body).toMatchObject({ fileName: '宣讲现场.png', contentType: 'image/png', sizeBytes: PNG.length });
    expect(readFileSync(join(dir, photo.body.id)).equals(PNG)).toBe(true);
    const down = await http().get(`/api/publicity/events/${event.id}/photos/${photo.body.id}`).set(auth.supervisor).buffer(true).parse(binaryBody).expect(200);
    expect((down.body as Buffer).equals(PNG)).toBe(true);
    const bad = await http().post(`/api/publicity/events/${event.id}/photos`).set(auth.township).attach('file', Buffer.from('%PDF-1.7'), '照片.png').expect(400);
    expect(bad.body.message).toContain('JPG 或 PNG');
    const c = await coverage();
    expect(juluRow(c)).toMatchObject({ villages: 20, villagesReached: 2, coverage: 0.1, communitiesReached: 1, events: 1 });
    const audit = await dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [event.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['publicity.event.create', 'publicity.photo.upload']);
  });

  it('changes the denominator when a village is added to the tree or retired', async () => {
    const before = juluRow(await coverage());
    const added = await http().post('/api/org-units').set(auth.admin).send({ name: '宣传测试新村', type: 'VILLAGE', parentId: julu }).expect(201);
    const after = juluRow(await coverage());
    expect(after?.villages).toBe((before?.villages ?? 0) + 1);
    expect(after?.coverage).toBeCloseTo(2 / 21);
    await http().post('/api/org-units').set(auth.admin).send({ name: '宣传测试社区', type: 'COMMUNITY', parentId: julu }).expect(201);
    expect(juluRow(await coverage())?.villages).toBe(21);
    await http().patch(`/api/org-units/${added.body.id}`).set(auth.admin).send({ retired: true }).expect(200);
    expect(juluRow(await coverage())?.villages).toBe(20);
  });

  it('judges completion against the annual plan per village', async () => {
    const [first, second] = juluVillages.filter((v) => v.type === 'VILLAGE');
    await http().put(`/api/publicity/plans/${first.id}`).set(auth.township).send({ year, plannedTimes: 2, note: '上下半年各一次' }).expect(200);
    // A plan is an indicator input (宣传计划完成率): it refreshes the snapshots like an event.
    expect(await dataSource.query(`SELECT event_type FROM outbox_event WHERE aggregate_id = $1`, [first.id])).toEqual([{ event_type: 'publicity.plan-set' }]);
    let plans = (await http().get(`/api/publicity/plans?year=${year}`).set(auth.township).expect(200)).body as PublicityPlanRow[];
    expect(plans.find((p) => p.villageId === first.id)).toMatchObject({ plannedTimes: 2, timesReached: 1, doneToPlan: false });
    expect(plans.find((p) => p.villageId === second.id)).toMatchObject({ plannedTimes: null, timesReached: 1, doneToPlan: true });
    expect(juluRow(await coverage())).toMatchObject({ villagesReached: 2, villagesPlanned: 1, villagesDoneToPlan: 1 });
    await record([first.id], { form: 'LEAFLET', topic: '发放《信访工作条例》宣传册' });
    plans = (await http().get(`/api/publicity/plans?year=${year}`).set(auth.township).expect(200)).body;
    expect(plans.find((p) => p.villageId === first.id)).toMatchObject({ timesReached: 2, doneToPlan: true });
    expect(juluRow(await coverage())).toMatchObject({ villagesDoneToPlan: 2, events: 2 });
    await http().put(`/api/publicity/plans/${first.id}`).set(auth.township).send({ year, plannedTimes: 0 }).expect(400);
  });

  it('keeps a township officer to their township: events, villages, plans and the coverage row', async () => {
    const foreignVillage = await t.unitId('王虎寨村');
    const foreign = await record([foreignVillage], { townshipId: wanghuzhai }, 'supervisor');
    await http().get(`/api/publicity/events/${foreign.id}`).set(auth.township).expect(404);
    await http().post(`/api/publicity/events/${foreign.id}/photos`).set(auth.township).attach('file', PNG, 'a.png').expect(404);
    await record([foreignVillage], { townshipId: wanghuzhai }, 'township', 403);
    const mixed = await record([foreignVillage], {}, 'township', 400);
    expect(JSON.stringify(mixed)).toContain('所选村（社区）须属于开展活动的乡镇');
    await http().put(`/api/publicity/plans/${foreignVillage}`).set(auth.township).send({ year, plannedTimes: 1 }).expect(404);
    const list = (await http().get(`/api/publicity/events?year=${year}`).set(auth.township).expect(200)).body as PublicityEventListResponse;
    expect(list.items.every((e) => e.townshipName === '巨鹿镇')).toBe(true);
    const own = await coverage('township');
    expect(own.townships.map((r) => r.unitName)).toEqual(['巨鹿镇']);
    expect(own.county).toMatchObject({ unitName: '巨鹿镇', villages: 20 });
    const county = await coverage();
    expect(county.townships.find((r) => r.unitName === '王虎寨镇')).toMatchObject({ villagesReached: 1, events: 1 });
    await http().get('/api/publicity/coverage').set(auth.handler).expect(403);
  });

  it('refuses a future date, no village, and pages the list newest first', async () => {
    await record([juluVillages[0].id], { heldOn: `${year + 1}-01-01` }, 'township', 400);
    await record([], {}, 'township', 400);
    await record([juluVillages[3].id], { heldOn: `${year}-01-01` });
    const first = (await http().get('/api/publicity/events?limit=2').set(auth.supervisor).expect(200)).body as PublicityEventListResponse;
    const second = (await http().get(`/api/publicity/events?limit=2&after=${first.nextCursor}`).set(auth.supervisor).expect(200)).body as PublicityEventListResponse;
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((e) => e.id)).size).toBe(4);
    expect(all.map((e) => e.heldOn)).toEqual([...all.map((e) => e.heldOn)].sort().reverse());
  });
});
