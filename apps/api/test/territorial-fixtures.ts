import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { TerritorialFixture } from './access-matrix';

/** Path parameters (`id`, `attachmentId`, …) of one record. */
export type FixtureIds = Record<string, string>;
export interface FixturePair {
  own: FixtureIds;
  foreign: FixtureIds;
}
export type Side = keyof FixturePair;

/** The township officer's township (own) and another one (foreign), by name. */
export const OWN_TOWNSHIP = '巨鹿镇';
export const FOREIGN_TOWNSHIP = '王虎寨镇';
/** The demo handler's unit, to which the own case is assigned. */
export const HANDLER_UNIT = '县人力资源和社会保障局';
/** A minimal PNG: accepted as an attachment and as a publicity photo. */
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/**
 * Creates (through the API as an administrator, or directly where a record only arises deep in a
 * workflow) one record of each territorial kind in the own and in the foreign township.
 */
export class TerritorialFixtures {
  readonly pairs = {} as Record<TerritorialFixture, FixturePair>;
  /** 检举控告 cases accusing the township officer's township or the handler's unit. */
  readonly accusing: { TOWNSHIP_OFFICER?: string; HANDLER?: string } = {};

  constructor(
    private readonly app: NestExpressApplication,
    private readonly dataSource: DataSource,
    private readonly adminToken: string,
    /** The bureau's reception: workflow decisions (分流) are not the administrator's (issue 16). */
    private readonly receptionToken: string,
  ) {}

  unitId = async (name: string): Promise<string> => (await this.dataSource.query('SELECT id FROM org_unit WHERE name = $1', [name]))[0].id;

  private async post(path: string, body: object, token = this.adminToken): Promise<request.Response> {
    const res = await request(this.app.getHttpServer()).post(path).set('Authorization', `Bearer ${token}`).send(body);
    if (res.status !== 201 && res.status !== 200) throw new Error(`fixture POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }

  private upload(path: string): Promise<request.Response> {
    return request(this.app.getHttpServer()).post(path).set('Authorization', `Bearer ${this.adminToken}`).attach('file', PNG, '矩阵.png').expect(201);
  }

  private async both(make: (township: string, side: Side) => Promise<FixtureIds>): Promise<FixturePair> {
    return { own: await make(OWN_TOWNSHIP, 'own'), foreign: await make(FOREIGN_TOWNSHIP, 'foreign') };
  }

  async petitioner(township: string, mobile: string): Promise<string> {
    const res = await this.post('/api/petitioners', { name: `矩阵${township}`, idType: 'RESIDENT_ID', mobile, townshipId: await this.unitId(township) });
    return res.body.id;
  }

  /** A case in the township; an own case is assigned to the demo handler's unit. */
  async registerCase(side: Side, overrides: Record<string, unknown> = {}, accepted = true): Promise<string> {
    const township = side === 'own' ? OWN_TOWNSHIP : FOREIGN_TOWNSHIP;
    const res = await this.post('/api/cases', {
      channel: 'VISIT',
      source: 'DIRECT',
      matterType: 'APPEAL',
      categoryCode: '03',
      title: '矩阵测试事项',
      mainRequest: '矩阵测试诉求',
      townshipId: await this.unitId(township),
      peopleCount: 1,
      petitioners: [{ petitionerId: this.pairs.petitioner[side].id, role: 'PRIMARY' }],
      ...overrides,
    });
    const id: string = res.body.case.id;
    // Acceptance and assignment to a handling unit come with the workflow; the fixture sets them
    // directly. Past intake, the township's officer acts for the township's matters (delivery,
    // 回访 evaluation); while intake is pending only the registering organ may (issue 16 point 9).
    if (side === 'own') {
      await this.dataSource.query(`UPDATE petition_case SET handling_unit_id = $2, status = CASE WHEN $3 THEN 'ACCEPTED' ELSE status END WHERE id = $1`, [
        id,
        await this.unitId(HANDLER_UNIT),
        accepted,
      ]);
    }
    return id;
  }

  async createAll(): Promise<void> {
    const p = this.pairs;
    p.petitioner = { own: { id: await this.petitioner(OWN_TOWNSHIP, '13800000001') }, foreign: { id: await this.petitioner(FOREIGN_TOWNSHIP, '13800000002') } };
    p.case = await this.both(async (_, side) => ({ id: await this.registerCase(side) }));
    p.attachment = await this.both(async (_, side) => ({ id: p.case[side].id, attachmentId: (await this.upload(`/api/cases/${p.case[side].id}/attachments`)).body.id }));
    p.repeatLink = await this.both(async (_, side) => this.repeatLink(side));
    p.notice = await this.both(async (_, side) => ({ id: await this.notice(p.case[side].id, side === 'own' ? 1 : 2) }));
    p.incident = await this.both(async (township) => ({ id: await this.incident(township) }));
    p.publicityEvent = await this.both(async (township, side) => ({ id: await this.publicityEvent(township, side === 'own' ? '小马庄村' : '王虎寨村') }));
    p.publicityPhoto = await this.both(async (_, side) => ({
      id: p.publicityEvent[side].id,
      photoId: (await this.upload(`/api/publicity/events/${p.publicityEvent[side].id}/photos`)).body.id,
    }));
    p.village = { own: { id: await this.unitId('小马庄村') }, foreign: { id: await this.unitId('王虎寨村') } };
    await this.createDuty();
    p.diversion = await this.both(async (_, side) => ({ id: await this.diversion(side) }));
    p.hotspot = await this.both(async (township) => ({ id: await this.hotspot(township) }));
    p.backlog = await this.both(async (township) => ({ id: await this.backlog(township) }));
    // The whistleblower is a person of their own: an accuser is hidden from the accused unit
    // (row-level security), so the own petitioner above must not be one.
    const whistleblower = await this.petitioner(FOREIGN_TOWNSHIP, '13800000003');
    for (const [role, accused] of [
      ['TOWNSHIP_OFFICER', OWN_TOWNSHIP],
      ['HANDLER', HANDLER_UNIT],
    ] as const) {
      this.accusing[role] = await this.registerCase('own', {
        matterType: 'ACCUSATION',
        involvedUnitId: await this.unitId(accused),
        petitioners: [{ petitionerId: whistleblower, role: 'PRIMARY' }],
      });
    }
  }

  /** Notices arise deep in the workflow (受理告知书 on acceptance); the fixture writes one directly. */
  private async notice(caseId: string, seq: number): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO case_notice (case_id, kind, year, seq, notice_no, title, recipient, paragraphs, issuer, issued_on)
       VALUES ($1, 'ACCEPTANCE', 2099, $2, $3, '受理告知书', '矩阵测试人', '[]'::jsonb, '巨鹿县信访局', DATE '2026-01-05') RETURNING id`,
      [caseId, seq, `矩阵告字〔2099〕${seq}号`],
    );
    return row.id;
  }

  private async incident(township: string): Promise<string> {
    const res = await this.post('/api/incidents', {
      title: '矩阵测试事件',
      discoveredAt: new Date(Date.now() - 7200_000).toISOString(),
      level: 'GENERAL',
      nature: 'OTHER',
      townshipId: await this.unitId(township),
      placeDetail: '矩阵测试地点',
      peopleCount: 3,
      description: '权限矩阵测试事件',
    });
    await this.post(`/api/incidents/${res.body.id}/reports`, {
      kind: 'INITIAL',
      reportedAt: new Date(Date.now() - 3600_000).toISOString(),
      timeReason: '权限矩阵测试补录',
      reportedTo: ['市信访局'],
      content: '权限矩阵测试：初报',
    });
    return res.body.id;
  }

  private async publicityEvent(township: string, village: string): Promise<string> {
    const res = await this.post('/api/publicity/events', {
      heldOn: '2026-01-05',
      townshipId: await this.unitId(township),
      villageIds: [await this.unitId(village)],
      form: 'MEETING',
      topic: '矩阵测试宣传',
      participants: 10,
    });
    return res.body.id;
  }

  /** A roster (with its shifts), a swap request, a subsidy sheet and an escort in each township. */
  private async createDuty(): Promise<void> {
    const p = this.pairs;
    // 王虎寨镇 gets a duty officer of its own to put on its roster.
    const [foreignOfficer]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, org_unit_id) VALUES ('matrix-duty', '矩阵值班', 'x', 'TOWNSHIP_OFFICER', $1) RETURNING id`,
      [await this.unitId(FOREIGN_TOWNSHIP)],
    );
    const [ownOfficer]: { id: string }[] = await this.dataSource.query(`SELECT id FROM app_user WHERE username = 'township'`);
    const officers = { own: ownOfficer.id, foreign: foreignOfficer.id };
    p.dutyRoster = await this.both(async (township, side) => {
      const body = {
        unitId: await this.unitId(township),
        dateFrom: '2026-01-05',
        dateTo: '2026-01-06',
        pattern: 'H24',
        leaderIds: [officers[side]],
        staffIds: [],
        staffPerShift: 0,
      };
      return { id: (await this.post('/api/duty/rosters', body)).body.id };
    });
    p.dutyShift = await this.both(async (_, side) => ({
      id: (await this.dataSource.query('SELECT id FROM duty_shift WHERE roster_id = $1 ORDER BY start_at LIMIT 1', [p.dutyRoster[side].id]))[0].id,
    }));
    // Requested by someone who never decides in the sweep (no one may decide their own request).
    const [requester]: { id: string }[] = await this.dataSource.query(`SELECT id FROM app_user WHERE username = 'reception'`);
    p.dutySwap = await this.both(async (township, side) => {
      const [row]: { id: string }[] = await this.dataSource.query(
        `INSERT INTO duty_swap (kind, unit_id, shift_id, from_user_id, to_user_id, reason, requested_by) VALUES ('SUBSTITUTE', $1, $2, $3, $3, '权限矩阵测试', $4) RETURNING id`,
        [await this.unitId(township), p.dutyShift[side].id, officers[side], requester.id],
      );
      return { id: row.id };
    });
    // A report filed by each township's own officer (written directly: only its filer may withdraw it).
    p.dutyReport = await this.both(async (township, side) => {
      const [row]: { id: string }[] = await this.dataSource.query(
        `INSERT INTO duty_report (unit_id, report_date, type, has_abnormal, content, submitted_by, due_at)
         VALUES ($1, DATE '2026-01-05', 'ZERO', false, '今日无异常情况', $2, TIMESTAMPTZ '2026-01-05 16:30+08') RETURNING id`,
        [await this.unitId(township), officers[side]],
      );
      return { id: row.id };
    });
    // A sheet needs worked shifts; an empty draft written directly is enough to be found or not.
    p.subsidySheet = await this.both(async (township) => {
      const [row]: { id: string }[] = await this.dataSource.query(
        `INSERT INTO duty_subsidy_sheet (unit_id, month, date_from, date_to, budget_project_code, total_person_days, total_fen, unpaid_shifts, segments)
         VALUES ($1, '2026-01', DATE '2026-01-01', DATE '2026-01-31', '13052924P00584012422H', 0, 0, 0, '[]'::jsonb) RETURNING id`,
        [await this.unitId(township)],
      );
      return { id: row.id };
    });
    p.returnEscort = await this.both(async (township) => ({ id: (await this.post('/api/duty/escorts', await this.escortBody(township))).body.id }));
    this.officers = officers;
  }

  officers: Record<Side, string> = { own: '', foreign: '' };

  async escortBody(township: string): Promise<Record<string, unknown>> {
    return {
      unitId: await this.unitId(township),
      kind: 'PERSUADE',
      petitionerNames: '矩阵测试人',
      peopleCount: 1,
      foundAt: '2026-03-05T09:00:00+08:00',
      place: '北京',
      placeKind: 'NON_RECEPTION_SITE',
      matter: '矩阵测试事项',
      staff: ['矩阵工作人员'],
      leaderName: '矩阵带队',
      voluntary: true,
      voluntarinessNote: '经劝说自愿返回',
      // An escort names the matter it concerns (DOMAIN.md §3.4): the township's own case.
      caseId: this.pairs.case[township === OWN_TOWNSHIP ? 'own' : 'foreign'].id,
    };
  }

  private async diversion(side: Side): Promise<string> {
    // 分流 at intake: the case is still with the bureau that registered it.
    const caseId = await this.registerCase(side, {}, false);
    const res = await this.post(
      `/api/diversion/cases/${caseId}/decision`,
      { expectedVersion: 1, route: 'LITIGATION', competentOrgan: '巨鹿县人民法院', note: '权限矩阵测试：民事纠纷' },
      this.receptionToken,
    );
    return res.body.diversion.id;
  }

  private async hotspot(township: string): Promise<string> {
    const res = await this.post('/api/hotspots', {
      foundOn: '2026-01-05',
      foundBy: '矩阵',
      reportingOrg: township,
      townshipId: await this.unitId(township),
      categoryCode: '01',
      description: '权限矩阵测试隐患',
      mainDemand: '矩阵诉求',
      peopleInvolved: 3,
      riskLevel: 3,
      leaderInCharge: '领导',
      responsibleOrg: township,
      responsiblePerson: '责任人',
      stabilityPerson: '稳控人',
      measuresResolve: '化解',
      measuresStability: '稳控',
      deadlineDays: 30,
    });
    return res.body.id;
  }

  private async backlog(township: string): Promise<string> {
    const res = await this.post('/api/backlog-cases', {
      title: '权限矩阵测试积案',
      origin: 'CITY',
      townshipId: await this.unitId(township),
      linkedCaseIds: [],
      leader: '县领导',
      responsibleOrg: township,
      team: '专班',
      task: '化解',
      responsibility: '负总责',
      plan: '一案一策',
      deadline: '2026-12-31',
      supervisionLevel: null,
    });
    return res.body.id;
  }

  /** A later case linked to a prior one as its repetition (重复信访). */
  private async repeatLink(side: Side): Promise<FixtureIds> {
    const [prior, later] = [await this.registerCase(side), await this.registerCase(side)];
    await this.post(`/api/cases/${later}/repeat-links`, { priorCaseId: prior, decision: 'CONFIRMED' });
    return { id: later, priorCaseId: prior };
  }

  /** Records a route deletes: made anew for every call so each role meets one. */
  async fresh(fixture: TerritorialFixture, side: Side): Promise<FixtureIds> {
    if (fixture === 'unavailability') {
      const res = await this.post('/api/duty/unavailability', { userId: this.officers[side], from: '2026-02-01', to: '2026-02-02', reason: '权限矩阵测试：请假' });
      return { id: res.body.id };
    }
    if (fixture === 'repeatLink') return this.repeatLink(side);
    throw new Error(`no fresh ${fixture} fixture`);
  }
}
