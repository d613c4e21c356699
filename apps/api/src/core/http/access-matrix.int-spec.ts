import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { ROLES, type Role } from '@julu/contracts';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { seedDemoData } from '../../seed/seed-demo-data';
import { ACCESS_MATRIX, type AccessRule, type TerritorialFixture } from '../../testing/access-matrix';
import { createTestApp } from '../../testing/test-app';
import { createMigratedDataSource, type TestDatabase, testRedisUrl } from '../../testing/test-database';

const PASSWORD = 'matrix-test-password-1';
const USER_BY_ROLE: Record<Role, string> = {
  ADMIN: 'admin',
  SUPERVISOR: 'supervisor',
  RECEPTION: 'reception',
  HANDLER: 'handler',
  TOWNSHIP_OFFICER: 'township',
};

describe('access matrix: every route × every role (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;
  const tokens = {} as Record<Role, string>;
  /** Fixture records in the demo township officer's township (巨鹿镇) and in another (王虎寨镇). */
  const fixtures = {} as Record<TerritorialFixture, { own: string; foreign: string }>;
  /**
   * 检举控告 cases that accuse the unit of the township officer (巨鹿镇, where the case lies) or of
   * the handler (县人社局, to which the case is assigned): each must stay hidden from that role.
   */
  const accusing: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
    await seedDemoData(dataSource, PASSWORD);
    app = await createTestApp(db.url, testRedisUrl());
    for (const role of ROLES) {
      const res = await request(app.getHttpServer()).post('/api/auth/login').send({ username: USER_BY_ROLE[role], password: PASSWORD });
      tokens[role] = res.body.accessToken;
    }
    const township = async (name: string): Promise<string> => (await dataSource.query('SELECT id FROM org_unit WHERE name = $1', [name]))[0].id;
    const petitioner = async (townshipName: string, mobile: string): Promise<string> => {
      const res = await request(app.getHttpServer())
        .post('/api/petitioners')
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({ name: `矩阵${townshipName}`, idType: 'RESIDENT_ID', mobile, townshipId: await township(townshipName) })
        .expect(201);
      return res.body.id;
    };
    fixtures.petitioner = { own: await petitioner('巨鹿镇', '13800000001'), foreign: await petitioner('王虎寨镇', '13800000002') };
    const registerCase = async (townshipName: string, petitionerId: string, overrides: Record<string, unknown> = {}): Promise<string> => {
      const res = await request(app.getHttpServer())
        .post('/api/cases')
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({
          channel: 'VISIT',
          source: 'DIRECT',
          matterType: 'APPEAL',
          categoryCode: '03',
          title: '矩阵测试事项',
          mainRequest: '矩阵测试诉求',
          townshipId: await township(townshipName),
          peopleCount: 1,
          petitioners: [{ petitionerId, role: 'PRIMARY' }],
          ...overrides,
        })
        .expect(201);
      return res.body.case.id;
    };
    const ownCase = await registerCase('巨鹿镇', fixtures.petitioner.own);
    // Assignment to a handling unit comes with the workflow; the fixture sets it directly.
    await dataSource.query('UPDATE petition_case SET handling_unit_id = $2 WHERE id = $1', [ownCase, await township('县人力资源和社会保障局')]);
    fixtures.case = { own: ownCase, foreign: await registerCase('王虎寨镇', fixtures.petitioner.foreign) };
    const incident = async (townshipName: string): Promise<string> => {
      const res = await request(app.getHttpServer())
        .post('/api/incidents')
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({ title: '矩阵测试事件', discoveredAt: new Date(Date.now() - 7200_000).toISOString(), level: 'GENERAL', nature: 'OTHER', townshipId: await township(townshipName), placeDetail: '矩阵测试地点', peopleCount: 3, description: '权限矩阵测试事件' })
        .expect(201);
      await request(app.getHttpServer())
        .post(`/api/incidents/${res.body.id}/reports`)
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({ kind: 'INITIAL', reportedAt: new Date(Date.now() - 3600_000).toISOString(), reportedTo: ['市信访局'], content: '权限矩阵测试：初报' })
        .expect(201);
      return res.body.id;
    };
    fixtures.incident = { own: await incident('巨鹿镇'), foreign: await incident('王虎寨镇') };
    const publicityEvent = async (townshipName: string, villageName: string): Promise<string> => {
      const res = await request(app.getHttpServer())
        .post('/api/publicity/events')
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({ heldOn: '2026-01-05', townshipId: await township(townshipName), villageIds: [await township(villageName)], form: 'MEETING', topic: '矩阵测试宣传', participants: 10 })
        .expect(201);
      return res.body.id;
    };
    fixtures.publicityEvent = { own: await publicityEvent('巨鹿镇', '小马庄村'), foreign: await publicityEvent('王虎寨镇', '王虎寨村') };
    // A duty roster and an escort in each township; 王虎寨镇 gets a duty officer of its own to put on its roster.
    const [foreignOfficer]: { id: string }[] = await dataSource.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, org_unit_id) VALUES ('matrix-duty', '矩阵值班', 'x', 'TOWNSHIP_OFFICER', $1) RETURNING id`,
      [await township('王虎寨镇')],
    );
    const [ownOfficer]: { id: string }[] = await dataSource.query(`SELECT id FROM app_user WHERE username = 'township'`);
    const dutyRoster = async (townshipName: string, leaderId: string): Promise<string> => {
      const res = await request(app.getHttpServer())
        .post('/api/duty/rosters')
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({ unitId: await township(townshipName), dateFrom: '2026-01-05', dateTo: '2026-01-06', pattern: 'H24', leaderIds: [leaderId], staffIds: [], staffPerShift: 0 })
        .expect(201);
      return res.body.id;
    };
    fixtures.dutyRoster = { own: await dutyRoster('巨鹿镇', ownOfficer.id), foreign: await dutyRoster('王虎寨镇', foreignOfficer.id) };
    const returnEscort = async (townshipName: string): Promise<string> => {
      const res = await request(app.getHttpServer())
        .post('/api/duty/escorts')
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({
          unitId: await township(townshipName),
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
        })
        .expect(201);
      return res.body.id;
    };
    fixtures.returnEscort = { own: await returnEscort('巨鹿镇'), foreign: await returnEscort('王虎寨镇') };
    fixtures.village = { own: await township('小马庄村'), foreign: await township('王虎寨村') };
    const diversion = async (townshipName: string): Promise<string> => {
      const caseId = await registerCase(townshipName, townshipName === '巨鹿镇' ? fixtures.petitioner.own : fixtures.petitioner.foreign);
      // The own record is within the demo handler's reach too (assigned to its unit).
      if (townshipName === '巨鹿镇') await dataSource.query('UPDATE petition_case SET handling_unit_id = $2 WHERE id = $1', [caseId, await township('县人力资源和社会保障局')]);
      const res = await request(app.getHttpServer())
        .post(`/api/diversion/cases/${caseId}/decision`)
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({ expectedVersion: 1, route: 'LITIGATION', competentOrgan: '巨鹿县人民法院', note: '权限矩阵测试：民事纠纷' })
        .expect(201);
      return res.body.diversion.id;
    };
    fixtures.diversion = { own: await diversion('巨鹿镇'), foreign: await diversion('王虎寨镇') };
    const hotspot = async (townshipName: string): Promise<string> => {
      const res = await request(app.getHttpServer())
        .post('/api/hotspots')
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({ foundOn: '2026-01-05', foundBy: '矩阵', reportingOrg: townshipName, townshipId: await township(townshipName), categoryCode: '01', description: '权限矩阵测试隐患', mainDemand: '矩阵诉求', peopleInvolved: 3, riskLevel: 3, leaderInCharge: '领导', responsibleOrg: townshipName, responsiblePerson: '责任人', stabilityPerson: '稳控人', measuresResolve: '化解', measuresStability: '稳控', deadlineDays: 30 })
        .expect(201);
      return res.body.id;
    };
    fixtures.hotspot = { own: await hotspot('巨鹿镇'), foreign: await hotspot('王虎寨镇') };
    const backlog = async (townshipName: string): Promise<string> => {
      const res = await request(app.getHttpServer())
        .post('/api/backlog-cases')
        .set('Authorization', `Bearer ${tokens.ADMIN}`)
        .send({ title: '权限矩阵测试积案', origin: 'CITY', townshipId: await township(townshipName), linkedCaseIds: [], leader: '县领导', responsibleOrg: townshipName, team: '专班', task: '化解', responsibility: '负总责', plan: '一案一策', deadline: '2026-12-31', supervisionLevel: null })
        .expect(201);
      return res.body.id;
    };
    fixtures.backlog = { own: await backlog('巨鹿镇'), foreign: await backlog('王虎寨镇') };
    for (const [role, accused] of [
      ['TOWNSHIP_OFFICER', '巨鹿镇'],
      ['HANDLER', '县人力资源和社会保障局'],
    ] as const) {
      const id = await registerCase('巨鹿镇', fixtures.petitioner.own, { matterType: 'ACCUSATION', involvedUnitId: await township(accused) });
      await dataSource.query('UPDATE petition_case SET handling_unit_id = $2 WHERE id = $1', [id, await township('县人力资源和社会保障局')]);
      accusing[role] = id;
    }
  });

  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await db.drop();
  });

  const key = (r: { method: string; path: string }): string => `${r.method.toUpperCase()} ${r.path}`;

  it('has an entry for every route the app serves, and no entry for a route that is gone', () => {
    const document = SwaggerModule.createDocument(app, { openapi: '3.0.0', info: { title: 'matrix', version: '0' } });
    const served = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => key({ method, path: path.replace(/\{(\w+)\}/g, ':$1') })),
    );
    expect(served.sort()).toEqual(ACCESS_MATRIX.map(key).sort());
  });

  const send = (rule: AccessRule, token?: string): request.Test => {
    const call = request(app.getHttpServer())[rule.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](rule.path);
    if (token) call.set('Authorization', `Bearer ${token}`);
    return rule.method === 'GET' ? call : call.send({});
  };

  const cases = ACCESS_MATRIX.flatMap((rule) => [
    { rule, role: 'anonymous' as const },
    ...ROLES.map((role) => ({ rule, role })),
  ]);

  const territorialCases = ACCESS_MATRIX.filter((rule) => rule.territorial).flatMap((rule) =>
    (rule.allow ?? []).flatMap((role) =>
      (['own', 'foreign', ...(rule.territorial?.fixture === 'case' ? (['accusing'] as const) : [])] as const).map((side) => ({ rule, role, side })),
    ),
  );

  it.each(territorialCases.map((c) => [key(c.rule), c.role, c.side, c] as const))('%s as %s on a record of %s territory', async (_, __, ___, { rule, role, side }) => {
    const territorial = rule.territorial;
    if (!territorial) throw new Error('not a territorial rule');
    if (side === 'accusing') {
      // A role whose unit is accused gets 404 on that case; county-wide roles reach it.
      const accusedCase = accusing[role];
      const method = rule.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      const call = request(app.getHttpServer())[method](rule.path.replace(':id', accusedCase ?? accusing.HANDLER ?? '')).set('Authorization', `Bearer ${tokens[role]}`);
      const res = await (rule.method === 'GET' ? call : call.send(territorial.body ?? {}));
      if (accusedCase) expect(res.status).toBe(404);
      else expect([200, 201]).toContain(res.status);
      return;
    }
    const path = rule.path.replace(':id', fixtures[territorial.fixture][side]);
    const call = request(app.getHttpServer())[rule.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path).set('Authorization', `Bearer ${tokens[role]}`);
    const res = await (rule.method === 'GET' ? call : call.send(territorial.body ?? {}));
    if (side === 'foreign' && (role === 'TOWNSHIP_OFFICER' || role === 'HANDLER')) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('王虎寨镇');
    } else {
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(300);
    }
  });

  it.each(cases.map((c) => [key(c.rule), c.role, c] as const))('%s as %s', async (_, __, { rule, role }) => {
    const res = await send(rule, role === 'anonymous' ? undefined : tokens[role]);
    if (rule.public) {
      expect([401, 403]).not.toContain(res.status);
    } else if (role === 'anonymous') {
      expect(res.status).toBe(401);
    } else if (rule.allow?.includes(role)) {
      expect([401, 403]).not.toContain(res.status);
    } else {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    expect(res.status).toBeLessThan(500);
  });
});
