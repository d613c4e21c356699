import type { BacklogCaseView, HotspotDetailView, HotspotImportReport, HotspotView, WeeklyReportStatusRow } from '@julu/contracts';
import { addDays, chinaDate, weekStartOf } from '@julu/domain';
import ExcelJS from 'exceljs';
import { binaryBody, type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { buildZip } from '../../../test/zip-builder';
import { HOTSPOT_SHEET_COLUMNS } from './hotspot-sheet';
import { WeeklyCheckService } from './weekly-check.service';

const PASSWORD = 'hotspots-test-password-1';

describe('信访隐患排查化解台账 (real PostgreSQL)', () => {
  let t: SeededApp;
  let auth: SeededApp['auth'];
  let julu: string;
  let wanghu: string;
  const http = () => t.http();
  const today = chinaDate(new Date());

  const fields = (over: Record<string, unknown> = {}) => ({
    foundOn: today,
    foundBy: '张排查',
    reportingOrg: '巨鹿镇综治中心',
    townshipId: julu,
    categoryCode: '01',
    description: '某小区业主因房产证办理问题酝酿集体访',
    mainDemand: '尽快办理房产证',
    peopleInvolved: 30,
    groupType: '小区业主',
    possibleDirection: 'CITY',
    riskLevel: 2,
    leaderInCharge: '李镇长',
    responsibleOrg: '巨鹿镇人民政府',
    responsiblePerson: '王干事',
    stabilityPerson: '赵干事',
    measuresResolve: '协调住建部门办理',
    measuresStability: '包户稳控',
    deadlineDays: 30,
    ...over,
  });
  const create = async (over: Record<string, unknown> = {}, user = 'township'): Promise<HotspotDetailView> =>
    (await http().post('/api/hotspots').set(auth[user]).send(fields(over)).expect(201)).body;
  const act = async (h: { id: string }, action: string, user: string, status = 201): Promise<HotspotDetailView> => {
    const current = (await http().get(`/api/hotspots/${h.id}`).set(auth.supervisor).expect(200)).body as HotspotDetailView;
    const res = await http()
      .post(`/api/hotspots/${h.id}/transitions`)
      .set(auth[user])
      .send({ action, expectedVersion: current.version, note: `测试：${action}` });
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res.body;
  };

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['township', 'supervisor', 'admin', 'reception', 'handler']);
    ({ auth } = t);
    julu = await t.unitId('巨鹿镇');
    wanghu = await t.unitId('王虎寨镇');
  });

  afterAll(async () => {
    await t.close();
  });

  it('registers a hotspot with every §2.4 field and a deadline on the statutory calendar', async () => {
    const h = await create();
    expect(h).toMatchObject({
      townshipName: '巨鹿镇',
      categoryLabel: '城乡建设',
      riskLevel: 2,
      possibleDirection: 'CITY',
      status: 'UNRESOLVED',
      stabilityPerson: '赵干事',
      colour: 'NONE',
    });
    expect(h.hotspotNo).toMatch(/^YH\d{4}-\d{4}$/);
    expect(h.deadline >= addDays(today, 30)).toBe(true);
    expect(h.followUps).toHaveLength(1);
    expect(h.permittedActions).toEqual(expect.arrayContaining(['START', 'SUSPEND']));
    expect(h.permittedActions).not.toContain('APPROVE_CLOSE');
    await http()
      .post('/api/hotspots')
      .set(auth.township)
      .send(fields({ riskLevel: 7, description: '' }))
      .expect(400);
    await http()
      .post('/api/hotspots')
      .set(auth.township)
      .send(fields({ townshipId: wanghu }))
      .expect(403);
    await http().post('/api/hotspots').set(auth.handler).send(fields()).expect(403);
  });

  it('colours by deadline: yellow when due soon, red when overdue, grey when suspended, green when done', async () => {
    const soon = await create({ deadlineDays: 3 });
    expect(soon.colour).toBe('YELLOW');
    const late = await create({ foundOn: addDays(today, -60), deadlineDays: 10 });
    expect(late.colour).toBe('RED');
    expect((await act(late, 'SUSPEND', 'township')).colour).toBe('GREY');
    expect((await act(soon, 'STABILIZE', 'township')).colour).toBe('GREEN');
  });

  it('walks 未化解 → 化解中 → 销号申请 → 批准销号, with the approval by a bureau leader and an append-only log', async () => {
    const h = await create();
    await act(h, 'START', 'township');
    await act(h, 'APPROVE_CLOSE', 'supervisor', 409);
    const requested = await act(h, 'REQUEST_CLOSE', 'township');
    expect(requested).toMatchObject({ status: 'RESOLVING', closeRequested: true });
    const bell = (await http().get('/api/notifications').set(auth.supervisor).expect(200)).body;
    expect(bell.items.some((n: { kind: string; title: string }) => n.kind === 'HOTSPOT' && n.title.includes(h.hotspotNo))).toBe(true);
    await act(h, 'APPROVE_CLOSE', 'township', 403);
    const closed = await act(h, 'APPROVE_CLOSE', 'supervisor');
    expect(closed).toMatchObject({ status: 'RESOLVED', closedOn: today, closeRequested: false, colour: 'GREEN', permittedActions: [] });
    expect(closed.followUps.map((f) => f.action)).toEqual([null, 'START', 'REQUEST_CLOSE', 'APPROVE_CLOSE']);
    // Stale version.
    await http().post(`/api/hotspots/${h.id}/transitions`).set(auth.supervisor).send({ action: 'SUSPEND', expectedVersion: 1, note: '旧版本' }).expect(409);
    // The log refuses changes, whoever asks.
    await expect(t.dataSource.query(`UPDATE hotspot_follow_up SET content = 'x' WHERE hotspot_id = $1`, [h.id])).rejects.toThrow(/append-only/);
    const logged = await http().post(`/api/hotspots/${h.id}/follow-ups`).set(auth.township).send({ content: '回访：业主已领取房产证' }).expect(201);
    expect(logged.body.followUps.at(-1)).toMatchObject({ content: '回访：业主已领取房产证', action: null });
  });

  it('converts a hotspot to a backlog case (转积案) carrying its leader and linked cases', async () => {
    const h = await create();
    const petitioner = await http()
      .post('/api/petitioners')
      .set(auth.reception)
      .send({ name: '隐患测试人', idType: 'RESIDENT_ID', mobile: '13912345000', townshipId: julu })
      .expect(201);
    const c = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send({
        channel: 'VISIT',
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '01',
        title: '房产证',
        mainRequest: '办理房产证',
        townshipId: julu,
        peopleCount: 1,
        petitioners: [{ petitionerId: petitioner.body.id, role: 'PRIMARY' }],
      })
      .expect(201);
    const linked = await http().post(`/api/hotspots/${h.id}/cases`).set(auth.township).send({ caseId: c.body.case.id }).expect(201);
    expect(linked.body.linkedCases).toEqual([{ id: c.body.case.id, caseNo: c.body.case.caseNo, title: '房产证' }]);
    await act(h, 'TO_BACKLOG', 'township', 403);
    const converted = await act(h, 'TO_BACKLOG', 'supervisor');
    expect(converted.status).toBe('BACKLOG');
    const backlog: BacklogCaseView = (await http().get(`/api/backlog-cases/${converted.backlogCaseId}`).set(auth.township).expect(200)).body;
    expect(backlog).toMatchObject({ hotspotId: h.id, leader: '李镇长', origin: 'LOCAL_SCREENING', linkedCaseIds: [c.body.case.id], status: 'UNRESOLVED' });
  });

  it('turns a hotspot that breaks out into an incident quick report (突发事件快报), named in its log', async () => {
    const h = await create({ description: '业主聚集镇政府门前', peopleInvolved: 25 });
    await http().post(`/api/hotspots/${h.id}/incident`).set(auth.township).send({ level: 'HUGE', nature: 'GATHERING', placeDetail: '镇政府门前' }).expect(400);
    const res = await http().post(`/api/hotspots/${h.id}/incident`).set(auth.township).send({ level: 'GENERAL', nature: 'GATHERING', placeDetail: '镇政府门前' }).expect(201);
    expect(res.body.hotspot.followUps.at(-1).content).toBe(`转为突发事件快报 ${res.body.incidentNo}`);
    const incident = await http().get(`/api/incidents/${res.body.incidentId}`).set(auth.township).expect(200);
    expect(incident.body).toMatchObject({ townshipName: '巨鹿镇', peopleCount: 25, placeDetail: '镇政府门前' });
    expect(incident.body.description).toContain(h.hotspotNo);
    const foreign = await create({ townshipId: wanghu, reportingOrg: '王虎寨镇' }, 'supervisor');
    await http().post(`/api/hotspots/${foreign.id}/incident`).set(auth.township).send({ level: 'GENERAL', nature: 'GATHERING', placeDetail: '越权' }).expect(404);
  });

  it('keeps a township officer to the own township (404 on another township’s hotspot)', async () => {
    const foreign = await create({ townshipId: wanghu, reportingOrg: '王虎寨镇' }, 'supervisor');
    await http().get(`/api/hotspots/${foreign.id}`).set(auth.township).expect(404);
    await http().post(`/api/hotspots/${foreign.id}/follow-ups`).set(auth.township).send({ content: '越权' }).expect(404);
    await http().post(`/api/hotspots/${foreign.id}/transitions`).set(auth.township).send({ action: 'START', expectedVersion: 1, note: '越权' }).expect(404);
    await http().post(`/api/hotspots/${foreign.id}/cases`).set(auth.township).send({ caseId: foreign.id }).expect(404);
    await http().get(`/api/hotspots/${foreign.id}`).set(auth.reception).expect(200);
    const list = (await http().get('/api/hotspots').set(auth.township).expect(200)).body.items as HotspotView[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((h) => h.townshipName === '巨鹿镇')).toBe(true);
    await create({ foundOn: addDays(today, -1) });
    await create({ foundOn: addDays(today, -2) });
    const filtered = (await http().get('/api/hotspots').query({ status: 'UNRESOLVED', riskLevel: 2, limit: 2 }).set(auth.supervisor).expect(200)).body;
    expect(filtered.items.every((h: HotspotView) => h.status === 'UNRESOLVED' && h.riskLevel === 2)).toBe(true);
    expect(filtered.nextCursor).toEqual(expect.any(String));
    const next = (await http().get('/api/hotspots').query({ status: 'UNRESOLVED', riskLevel: 2, limit: 2, after: filtered.nextCursor }).set(auth.supervisor).expect(200)).body;
    expect(next.items.map((h: HotspotView) => h.id)).not.toContain(filtered.items[0].id);
  });

  const sheet = async (rows: Record<string, string | number>[]): Promise<Buffer> => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(HOTSPOT_SHEET_COLUMNS.map(([, header]) => header));
    for (const r of rows) ws.addRow(HOTSPOT_SHEET_COLUMNS.map(([key]) => r[key] ?? ''));
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const row = (n: number, over: Record<string, string | number> = {}) => ({
    foundOn: today,
    foundBy: '导入人',
    reportingOrg: '巨鹿镇',
    township: '巨鹿镇',
    village: '小马庄村',
    category: '劳动社保',
    description: `导入隐患 ${n}`,
    mainDemand: '讨要工资',
    peopleInvolved: 5,
    groupType: '农民工',
    possibleDirection: '到省',
    riskLevel: '较大',
    leaderInCharge: '李镇长',
    responsibleOrg: '巨鹿镇',
    responsiblePerson: '王干事',
    stabilityPerson: '赵干事',
    measuresResolve: '协调企业',
    measuresStability: '专人包联',
    deadlineDays: 30,
    ...over,
  });
  const count = async (): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM risk_hotspot WHERE description LIKE '导入隐患%'`))[0].n;

  it('imports nothing from a sheet with one bad row, and reports that row and why', async () => {
    const file = await sheet([row(1), row(2, { township: '王虎寨镇', riskLevel: '特大', peopleInvolved: 0 }), row(3)]);
    const res = await http().post('/api/hotspots/import').set(auth.township).attach('file', file, '台账.xlsx').expect(201);
    const report = res.body as HotspotImportReport;
    expect(report).toMatchObject({ imported: false, total: 3, accepted: 2, rejected: 1 });
    const bad = report.rows.find((r) => !r.accepted);
    expect(bad?.row).toBe(3);
    expect(bad?.errors).toEqual(
      expect.arrayContaining(['乡镇“王虎寨镇”不存在或不在您的管辖范围内', '风险等级“特大”应为 1–4 或 重大/较大/一般/较低', '涉及人数“0”应为不小于 1 的整数']),
    );
    expect(await count()).toBe(0);
  });

  it('imports every row of a good sheet', async () => {
    const file = await sheet([row(11), row(12, { village: '', possibleDirection: '', riskLevel: 1 }), row(13, { category: '03', riskLevel: '蓝' })]);
    const res = await http().post('/api/hotspots/import').set(auth.township).attach('file', file, '台账.xlsx').expect(201);
    expect(res.body).toMatchObject({ imported: true, total: 3, accepted: 3, rejected: 0 });
    expect(await count()).toBe(3);
    const levels = await t.dataSource.query(`SELECT risk_level FROM risk_hotspot WHERE description LIKE '导入隐患%' ORDER BY description`);
    expect(levels.map((l: { risk_level: number }) => l.risk_level)).toEqual([2, 1, 4]);
    await http().post('/api/hotspots/import').set(auth.township).attach('file', Buffer.from('not excel'), 'x.xlsx').expect(400);
    await http().post('/api/hotspots/import').set(auth.township).expect(400);
  });

  it('refuses a zip bomb dressed as a ledger before inflating it', async () => {
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) }]);
    const res = await http().post('/api/hotspots/import').set(auth.township).attach('file', bomb, '台账.xlsx').expect(400);
    expect(res.body.message).toContain('超出导入上限');
  });

  it('exports the ledger in the import columns, within the reader’s territory', async () => {
    const res = await http().get('/api/hotspots/export').set(auth.township).buffer(true).parse(binaryBody).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('排查日期');
    const townships = new Set<string>();
    ws.eachRow((r, i) => {
      if (i > 1) townships.add(String(r.getCell(4).value));
    });
    expect([...townships]).toEqual(['巨鹿镇']);
  });

  it('the weekly check flags exactly the townships that did not submit, and only once when run twice', async () => {
    const week = weekStartOf(today);
    const all: WeeklyReportStatusRow[] = (await http().get('/api/hotspot-weekly-reports').query({ weekStart: week }).set(auth.supervisor).expect(200)).body;
    expect(all.length).toBeGreaterThan(5);
    await http().post('/api/hotspot-weekly-reports').set(auth.township).send({ townshipId: julu, weekStart: week, zeroReport: true, note: '本周无新增隐患' }).expect(201);
    await http().post('/api/hotspot-weekly-reports').set(auth.supervisor).send({ townshipId: wanghu, weekStart: week, zeroReport: false, note: '新增 1 条' }).expect(201);
    await http().post('/api/hotspot-weekly-reports').set(auth.township).send({ townshipId: wanghu, weekStart: week, zeroReport: true, note: '' }).expect(403);
    await http()
      .post('/api/hotspot-weekly-reports')
      .set(auth.township)
      .send({ townshipId: julu, weekStart: addDays(week, 1), zeroReport: true, note: '' })
      .expect(400);

    const check = t.app.get(WeeklyCheckService);
    const flagged = await check.flagMissing(week);
    const expected = all
      .filter((r) => r.townshipId !== julu && r.townshipId !== wanghu)
      .map((r) => r.townshipName)
      .sort();
    expect(flagged).toEqual(expected);
    expect(await check.flagMissing(week)).toEqual([]);
    const after: WeeklyReportStatusRow[] = (await http().get('/api/hotspot-weekly-reports').query({ weekStart: week }).set(auth.supervisor).expect(200)).body;
    expect(
      after
        .filter((r) => r.flaggedMissing)
        .map((r) => r.townshipName)
        .sort(),
    ).toEqual(expected);
    expect(after.find((r) => r.townshipId === julu)).toMatchObject({ submitted: true, zeroReport: true, flaggedMissing: false });
    const notes: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'HOTSPOT_WEEKLY' AND dedupe_key LIKE $1`, [
      `hotspot-weekly:%:${week}`,
    ]);
    const supervisors: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE role = 'SUPERVISOR' AND disabled_at IS NULL`);
    expect(notes[0].n).toBeGreaterThanOrEqual(expected.length * supervisors[0].n);
    // The township officer sees only the own township's row.
    const own: WeeklyReportStatusRow[] = (await http().get('/api/hotspot-weekly-reports').query({ weekStart: week }).set(auth.township).expect(200)).body;
    expect(own.map((r) => r.townshipName)).toEqual(['巨鹿镇']);
  });

  it('records a backlog case with its 五定, leader activities and resolution (积案 and 领导包案)', async () => {
    const body = {
      title: '某村土地补偿积案',
      origin: 'CITY',
      townshipId: julu,
      linkedCaseIds: [],
      leader: '县委副书记',
      responsibleOrg: '巨鹿镇人民政府',
      team: '镇专班 5 人',
      task: '核实补偿标准',
      responsibility: '镇长负总责',
      plan: '一案一策：核实、补偿、回访',
      deadline: addDays(today, 90),
      supervisionLevel: 'YELLOW',
    };
    const created: BacklogCaseView = (await http().post('/api/backlog-cases').set(auth.township).send(body).expect(201)).body;
    expect(created).toMatchObject({ backlogNo: expect.stringMatching(/^JA\d{4}-\d{4}$/), status: 'UNRESOLVED', overdue: false, supervisionLevel: 'YELLOW' });
    await http()
      .post('/api/backlog-cases')
      .set(auth.township)
      .send({ ...body, townshipId: wanghu })
      .expect(403);
    const withActivity = await http()
      .post(`/api/backlog-cases/${created.id}/activities`)
      .set(auth.township)
      .send({ kind: 'FIELD_VISIT', heldOn: today, place: '小马庄村委会', leader: '县委副书记', peopleMet: '信访人及家属', result: '达成初步补偿意向' })
      .expect(201);
    expect(withActivity.body.activities).toHaveLength(1);
    await http().post(`/api/backlog-cases/${created.id}/resolution`).set(auth.township).send({ expectedVersion: created.version, status: 'RESOLVED', note: '已解决' }).expect(400);
    const resolved = await http()
      .post(`/api/backlog-cases/${created.id}/resolution`)
      .set(auth.township)
      .send({ expectedVersion: created.version, status: 'RESOLVED', resolutionType: 'PROBLEM_SOLVED', settledOn: today, note: '补偿到位，息诉罢访' })
      .expect(201);
    expect(resolved.body).toMatchObject({ status: 'RESOLVED', resolutionType: 'PROBLEM_SOLVED', settledOn: today });
    await http().post(`/api/backlog-cases/${created.id}/resolution`).set(auth.township).send({ expectedVersion: created.version, status: 'RELAPSED', note: '旧版本' }).expect(409);
    const foreign: BacklogCaseView = (
      await http()
        .post('/api/backlog-cases')
        .set(auth.supervisor)
        .send({ ...body, townshipId: wanghu })
        .expect(201)
    ).body;
    await http().get(`/api/backlog-cases/${foreign.id}`).set(auth.township).expect(404);
    await http().post(`/api/backlog-cases/${foreign.id}/resolution`).set(auth.township).send({ expectedVersion: 1, status: 'RESOLVING', note: '越权' }).expect(404);
    const list = (await http().get('/api/backlog-cases').set(auth.township).expect(200)).body.items as BacklogCaseView[];
    expect(list.every((b) => b.townshipName === '巨鹿镇')).toBe(true);
  });

  it('exports the backlog ledger with its 五定, within the reader’s territory and the filters', async () => {
    const body = {
      origin: 'CITY',
      linkedCaseIds: [],
      leader: '县政府副县长',
      responsibleOrg: '责任单位',
      team: '专班 3 人',
      task: '化解任务',
      responsibility: '镇长负总责',
      plan: '一案一策',
      deadline: addDays(today, 60),
      supervisionLevel: 'RED',
    };
    const own: BacklogCaseView = (
      await http()
        .post('/api/backlog-cases')
        .set(auth.township)
        .send({ ...body, title: '导出测试：本镇积案', townshipId: julu })
        .expect(201)
    ).body;
    await http()
      .post('/api/backlog-cases')
      .set(auth.supervisor)
      .send({ ...body, title: '导出测试：外镇积案', townshipId: wanghu })
      .expect(201);
    const read = async (user: string, query: Record<string, string> = {}): Promise<ExcelJS.Worksheet> => {
      const res = await http().get('/api/backlog-cases/export').query(query).set(auth[user]).buffer(true).parse(binaryBody).expect(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('信访积案台账'));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
      return wb.worksheets[0];
    };
    const column = (ws: ExcelJS.Worksheet, n: number): string[] => ws.getColumn(n).values.slice(2).map(String);

    const townshipSheet = await read('township');
    expect(townshipSheet.getRow(1).values).toEqual(expect.arrayContaining(['编号', '积案名称', '属地乡镇', '包案领导（定领导）', '化解时限（定时间）', '督办级别', '化解状态']));
    expect(new Set(column(townshipSheet, 4))).toEqual(new Set(['巨鹿镇']));
    const ownRow = townshipSheet.getRow(column(townshipSheet, 1).indexOf(own.backlogNo) + 2).values as unknown[];
    expect(ownRow.slice(1, 5)).toEqual([own.backlogNo, '导出测试：本镇积案', '市交办', '巨鹿镇']);
    expect(ownRow).toEqual(expect.arrayContaining(['县政府副县长', body.deadline, '红牌督办', '未化解']));
    expect(column(townshipSheet, 2)).not.toContain('导出测试：外镇积案');

    const countyTitles = column(await read('supervisor'), 2);
    expect(countyTitles).toEqual(expect.arrayContaining(['导出测试：本镇积案', '导出测试：外镇积案']));
    expect(new Set(column(await read('supervisor', { townshipId: wanghu }), 4))).toEqual(new Set(['王虎寨镇']));
    await http().get('/api/backlog-cases/export').query({ status: 'NOPE' }).set(auth.supervisor).expect(400);
    await http().get('/api/backlog-cases/export').set(auth.handler).expect(403);
  });
});
