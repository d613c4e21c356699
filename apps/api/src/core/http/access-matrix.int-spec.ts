import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { ROLES, type Role } from '@julu/contracts';
import type { IncomingMessage } from 'node:http';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ACCESS_MATRIX, type AccessRule, type TerritorialSweep } from '../../../test/access-matrix';
import { DatabaseWatch } from '../../../test/fuzz/database-watch';
import { type FixtureIds, PNG, type Side, TerritorialFixtures } from '../../../test/territorial-fixtures';
import { createTestApp } from '../../../test/test-app';
import { createSeededDataSource, type TestDatabase, testRedisUrl } from '../../../test/test-database';

const PASSWORD = 'matrix-test-password-1';
const USER_BY_ROLE: Record<Role, string> = {
  ADMIN: 'admin',
  SUPERVISOR: 'supervisor',
  RECEPTION: 'reception',
  HANDLER: 'handler',
  TOWNSHIP_OFFICER: 'township',
};
/** Roles whose reach ends at their township (officers) or their unit's assigned cases (handlers). */
const LOCAL_ROLES: readonly Role[] = ['TOWNSHIP_OFFICER', 'HANDLER'];

const key = (r: { method: string; path: string }): string => `${r.method.toUpperCase()} ${r.path}`;
const hasParameter = (rule: AccessRule): boolean => rule.path.includes('/:');
const sweepOf = (rule: AccessRule): TerritorialSweep | null => (rule.territorial && 'fixture' in rule.territorial ? rule.territorial : null);

/** Every role on the own record, the foreign record and (over cases) a case accusing the caller's unit. */
type SweepSide = Side | 'accusing';
const sweepCases = ACCESS_MATRIX.flatMap((rule) => {
  const sweep = sweepOf(rule);
  if (!sweep) return [];
  const sides: SweepSide[] = sweep.fixture === 'case' ? ['own', 'foreign', 'accusing'] : ['own', 'foreign'];
  return ROLES.flatMap((role) => sides.map((side) => ({ rule, sweep, role, side })));
});
const roleCases = ACCESS_MATRIX.flatMap((rule) => [{ rule, role: 'anonymous' as const }, ...ROLES.map((role) => ({ rule, role }))]);

describe('access matrix: every route × every role × own and foreign records (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;
  let fixtures: TerritorialFixtures;
  let watch: DatabaseWatch;
  const tokens = {} as Record<Role, string>;
  let documentRoutes: string[] = [];

  beforeAll(async () => {
    ({ db, dataSource } = await createSeededDataSource(PASSWORD));
    app = await createTestApp(db.url, testRedisUrl());
    for (const role of ROLES) {
      const res = await request(app.getHttpServer()).post('/api/auth/login').send({ username: USER_BY_ROLE[role], password: PASSWORD });
      tokens[role] = res.body.accessToken;
    }
    fixtures = new TerritorialFixtures(app, dataSource, tokens.ADMIN, tokens.RECEPTION);
    await fixtures.createAll();
    watch = new DatabaseWatch(dataSource);
    const document = SwaggerModule.createDocument(app, { openapi: '3.0.0', info: { title: 'matrix', version: '0' } });
    documentRoutes = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => key({ method, path: path.replace(/\{(\w+)\}/g, ':$1') })));
  });

  afterAll(async () => {
    const parameterised = ACCESS_MATRIX.filter(hasParameter);
    const swept = ACCESS_MATRIX.filter((r) => sweepOf(r));
    process.stdout.write(
      `${[
        'access-matrix coverage:',
        `  routes in the OpenAPI document: ${documentRoutes.length}; with a matrix entry: ${documentRoutes.filter((r) => ACCESS_MATRIX.some((m) => key(m) === r)).length} (${pct(documentRoutes.length, ACCESS_MATRIX.length)})`,
        `  routes with a path parameter: ${parameterised.length}; swept with own/foreign records: ${swept.length}; not territorial, with a reason: ${parameterised.length - swept.length}; unexplained: ${parameterised.filter((r) => !r.territorial).length}`,
        `  role × route cases (anonymous + ${ROLES.length} roles): ${roleCases.length}`,
        `  record cases (${ROLES.length} roles × own/foreign/accusing): ${sweepCases.length}, of which on a foreign record: ${sweepCases.filter((c) => c.side !== 'own').length}`,
      ].join('\n')}\n`,
    );
    await app?.close();
    await dataSource?.destroy();
    await db?.drop();
  });

  const pct = (n: number, of: number): string => `${Math.round((100 * Math.min(n, of)) / Math.max(n, of, 1))}%`;

  it('has an entry for every route in the OpenAPI document, and no entry for a route that is gone', () => {
    expect(documentRoutes.length).toBeGreaterThan(100);
    expect([...documentRoutes].sort()).toEqual(ACCESS_MATRIX.map(key).sort());
  });

  it('states the territorial handling of every route with a path parameter', () => {
    const unexplained = ACCESS_MATRIX.filter((r) => hasParameter(r) && !r.territorial && !r.public).map(key);
    expect(unexplained).toEqual([]);
    const empty = ACCESS_MATRIX.filter((r) => r.territorial && 'none' in r.territorial && r.territorial.none.trim().length < 10).map(key);
    expect(empty).toEqual([]);
  });

  it('notices a write (so that an unchanged database after a refusal means something)', async () => {
    const follow = (): Promise<request.Response> =>
      call('POST', `/api/hotspots/${fixtures.pairs.hotspot.foreign['id']}/follow-ups`, tokens.ADMIN).send({ content: '权限矩阵测试：写入可见' });
    const { result, changed } = await watch.changedBy(follow);
    expect(result.status).toBe(201);
    expect(changed.length).toBeGreaterThan(0);
  });

  const call = (method: AccessRule['method'], path: string, token?: string): request.Test => {
    const test = request(app.getHttpServer())[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
    return token ? test.set('Authorization', `Bearer ${token}`) : test;
  };

  it.each(sweepCases.map((c) => [key(c.rule), c.role, c.side, c] as const))('%s as %s on a record of %s territory', async (_, __, ___, { rule, sweep, role, side }) => {
    const ids: FixtureIds =
      side === 'accusing'
        ? { id: fixtures.accusing[role as 'HANDLER'] ?? fixtures.accusing.HANDLER ?? '' }
        : sweep.fresh
          ? await fixtures.fresh(sweep.fixture, side)
          : fixtures.pairs[sweep.fixture][side];
    const path = rule.path.replace(/:(\w+)/g, (_m, name: string) => ids[name] ?? `missing-${name}`);
    const body = typeof sweep.body === 'function' ? await sweep.body({ ids, side: side === 'accusing' ? 'own' : side, fixtures }) : sweep.body;
    const send = async (): Promise<request.Response> => {
      const test = call(rule.method, path, tokens[role]);
      if (sweep.upload) return test.attach('file', PNG, '矩阵.png');
      return rule.method === 'GET' ? test : test.send(body ?? {});
    };
    const allowed = rule.allow?.includes(role) ?? false;
    const hidden = allowed && LOCAL_ROLES.includes(role) && (side === 'foreign' || (side === 'accusing' && fixtures.accusing[role as 'HANDLER'] !== undefined));
    const offRecord = allowed && !hidden && sweep.onRecord !== undefined && !(side === 'own' && sweep.onRecord.includes(role));
    const { result: res, changed } = await watch.changedBy(send);
    if (!allowed || offRecord) {
      expect(res.status).toBe(403);
    } else if (hidden) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('王虎寨镇');
    } else if (sweep.reached) {
      expect([401, 403, 404]).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(300);
    }
    // A refused call leaves the record (and everything else) as it was.
    if (!allowed || hidden || offRecord) expect(changed).toEqual([]);
  });

  it.each(roleCases.map((c) => [key(c.rule), c.role, c] as const))('%s as %s', async (_, __, { rule, role }) => {
    const test = call(rule.method, rule.path, role === 'anonymous' ? undefined : tokens[role]);
    const res = await (rule.stream ? test.buffer(true).parse(untilFirstChunk) : rule.method === 'GET' ? test : test.send({}));
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

/** Reads an event stream's answer up to its first chunk and hangs up (a refusal is a whole JSON body). */
function untilFirstChunk(response: request.Response, done: (error: Error | null, body: unknown) => void): void {
  // superagent hands a custom parser the raw node response, typed as its own Response.
  const res = response as unknown as IncomingMessage;
  let text = '';
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    done(null, res.statusCode === 200 ? {} : (JSON.parse(text || '{}') as unknown));
  };
  res.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
    if (res.statusCode === 200) {
      finish();
      res.destroy();
    }
  });
  res.on('end', finish);
}
