import { SwaggerModule } from '@nestjs/swagger';
import fc from 'fast-check';
import request from 'supertest';
import { ACCESS_MATRIX } from '../../../test/access-matrix';
import { DatabaseWatch } from '../../../test/fuzz/database-watch';
import { mutatedPayload, randomPathParameter, rawBodies, realIds } from '../../../test/fuzz/payloads';
import { type FuzzOperation, operationsToFuzz } from '../../../test/fuzz/request-schemas';
import { startSeededApp, type SeededApp } from '../../../test/seeded-app';
import { PNG, TerritorialFixtures } from '../../../test/territorial-fixtures';

/**
 * Property-based fuzzing of every POST/PUT/PATCH operation in the OpenAPI document: payloads derived
 * from the operation's request-body schema (or, where the document shows only an empty object, from
 * the DTO's validation rules), then damaged; random and real path parameters; bodies that are not
 * JSON. Properties: never a 5xx, and a rejected request (≥ 400) leaves every table as it was.
 *
 * Tables a refused request may change, by operation (and nothing else, anywhere): a failed login is
 * recorded on purpose (the audit trail of attempts and the throttle that slows guessing), and a
 * failed public lookup is counted (the limit on guessing query codes). Every other refusal rolls
 * back whatever its transaction wrote.
 */
const MAY_CHANGE_WHEN_REFUSED: Readonly<Record<string, readonly string[]>> = {
  'post /api/auth/login': ['audit_log', 'rate_limit_counter'],
  'post /api/public/cases/lookup': ['public_lookup_attempt', 'rate_limit_counter'],
  'post /api/public/cases/evaluation': ['public_lookup_attempt', 'rate_limit_counter'],
};
/** Fixed so that CI is reproducible; FUZZ_SEED and FUZZ_RUNS let a person hunt wider by hand. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_260_409);
const RUNS_ADMIN = Number(process.env['FUZZ_RUNS'] ?? 16);
const RUNS_TOWNSHIP = Math.max(1, Math.round(RUNS_ADMIN / 3));
const PASSWORD = 'fuzz-test-password-1';

type Send = { kind: 'json'; body: unknown; mutation: string } | { kind: 'raw'; contentType: string; body: string } | { kind: 'multipart'; variant: string };

const MULTIPART = fc.constantFrom('png', 'no-file', 'empty-file', 'text-as-png', 'huge-name', 'wrong-field', 'two-files');

describe('fuzzing every POST/PUT/PATCH operation from the OpenAPI document (real PostgreSQL)', () => {
  let t: SeededApp;
  let watch: DatabaseWatch;
  let operations: FuzzOperation[] = [];
  /** Real ids for a route's path parameters (own and foreign records), from the access-matrix fixtures. */
  const knownIds = new Map<string, Record<string, string>[]>();
  const statuses = new Map<number, number>();
  const mutations = new Map<string, number>();
  let sent = 0;
  const failures: string[] = [];

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'township', 'reception']);
    const fixtures = new TerritorialFixtures(t.app, t.dataSource, t.auth['admin'].Authorization.slice('Bearer '.length), t.auth['reception'].Authorization.slice('Bearer '.length));
    await fixtures.createAll();
    for (const rule of ACCESS_MATRIX) {
      const sweep = rule.territorial && 'fixture' in rule.territorial ? rule.territorial : null;
      const pair = sweep && !sweep.fresh ? fixtures.pairs[sweep.fixture] : null;
      if (pair) knownIds.set(`${rule.method.toLowerCase()} ${rule.path}`, [pair.own, pair.foreign]);
    }
    const ids = Object.values(fixtures.pairs).flatMap((pair) => [...Object.values(pair.own), ...Object.values(pair.foreign)]);
    const units: { id: string }[] = await t.dataSource.query(`SELECT id FROM org_unit WHERE type <> 'VILLAGE' ORDER BY name LIMIT 40`);
    const users: { id: string }[] = await t.dataSource.query(`SELECT id FROM app_user WHERE username NOT IN ('admin') ORDER BY username`);
    realIds.splice(0, realIds.length, ...new Set([...ids, ...units.map((u) => u.id), ...users.map((u) => u.id)]));
    const document = SwaggerModule.createDocument(t.app, { openapi: '3.0.0', info: { title: 'fuzz', version: '0' } });
    operations = operationsToFuzz(document);
    watch = new DatabaseWatch(t.dataSource);
  });

  afterAll(async () => {
    const by = (m: Map<string | number, number>): string =>
      [...m.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([k, n]) => `${k}: ${n}`)
        .join(', ');
    process.stdout.write(
      `${[
        `fuzz summary (fast-check seed ${SEED}, ${RUNS_ADMIN} runs per operation as ADMIN, ${RUNS_TOWNSHIP} as a township officer):`,
        `  operations fuzzed: ${operations.length} (JSON bodies from the document: ${operations.filter((o) => o.body === 'json').length}, multipart: ${operations.filter((o) => o.body === 'multipart').length}, no body: ${operations.filter((o) => o.body === 'none').length})`,
        `  requests sent: ${sent}`,
        `  statuses: ${by(statuses)}`,
        `  payloads: ${by(mutations)}`,
      ].join('\n')}\n`,
    );
    await t?.close();
  });

  const pathFor = (op: FuzzOperation, values: string[]): string => {
    let i = 0;
    return op.path.replace(/:(\w+)/g, () => values[i++] ?? 'x');
  };

  const sendOne = async (op: FuzzOperation, path: string, auth: Record<string, string>, payload: Send): Promise<request.Response> => {
    const test = request(t.app.getHttpServer())[op.method](path).set(auth);
    switch (payload.kind) {
      case 'json':
        return test.set('Content-Type', 'application/json').send(JSON.stringify(payload.body));
      case 'raw':
        return test.set('Content-Type', payload.contentType).send(payload.body);
      case 'multipart':
        return multipart(test, payload.variant);
    }
  };

  const payloadsFor = (op: FuzzOperation): fc.Arbitrary<Send> => {
    const raw = rawBodies.map((r): Send => ({ kind: 'raw', ...r }));
    if (op.body === 'multipart') return fc.oneof({ arbitrary: MULTIPART.map((variant): Send => ({ kind: 'multipart', variant })), weight: 4 }, { arbitrary: raw, weight: 1 });
    const json = mutatedPayload(op.schema).map(({ mutation, body }): Send => ({ kind: 'json', body, mutation }));
    return fc.oneof({ arbitrary: json, weight: 5 }, { arbitrary: raw, weight: 1 });
  };

  const paramsFor = (op: FuzzOperation): fc.Arbitrary<string[]> => {
    const known = knownIds.get(`${op.method} ${op.path}`);
    return fc.tuple(
      ...op.params.map((name) =>
        known ? fc.oneof({ arbitrary: fc.constantFrom(...known.map((k) => k[name] ?? 'x')), weight: 3 }, { arbitrary: randomPathParameter, weight: 1 }) : randomPathParameter,
      ),
    );
  };

  const check = async (op: FuzzOperation, who: string, auth: Record<string, string>, params: string[], payload: Send): Promise<void> => {
    const path = pathFor(op, params);
    const { result: res, changed } = await watch.changedBy(() => sendOne(op, path, auth, payload));
    sent += 1;
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    const label = payload.kind === 'json' ? payload.mutation : payload.kind === 'raw' ? `raw ${payload.contentType.split(';')[0]}` : `multipart ${payload.variant}`;
    mutations.set(label, (mutations.get(label) ?? 0) + 1);
    const what = `${op.method.toUpperCase()} ${path} as ${who} with ${label}: ${JSON.stringify(payload).slice(0, 300)}`;
    if (res.status >= 500) failures.push(`${res.status} ← ${what} → ${JSON.stringify(res.body).slice(0, 200)}`);
    const unexpected = changed.filter((table) => !(MAY_CHANGE_WHEN_REFUSED[`${op.method} ${op.path}`] ?? []).includes(table));
    if (res.status >= 400 && unexpected.length > 0) failures.push(`${res.status} changed ${unexpected.join(', ')} ← ${what}`);
  };

  it('derives a request schema for every JSON operation', () => {
    expect(operations.length).toBeGreaterThan(60);
    const empty = operations.filter((o) => o.body === 'json' && Object.keys(o.schema.properties ?? {}).length === 0).map((o) => `${o.method} ${o.path}`);
    expect(empty).toEqual([]);
  });

  it('answers every fuzzed request below 500 and leaves the database unchanged when it refuses', async () => {
    const township = ACCESS_MATRIX.filter((r) => r.allow?.includes('TOWNSHIP_OFFICER')).map((r) => `${r.method.toLowerCase()} ${r.path}`);
    for (const [index, op] of operations.entries()) {
      const runs: [string, Record<string, string>, number][] = [['ADMIN', t.auth['admin'], RUNS_ADMIN]];
      if (township.includes(`${op.method} ${op.path}`)) runs.push(['TOWNSHIP_OFFICER', t.auth['township'], RUNS_TOWNSHIP]);
      for (const [who, auth, numRuns] of runs) {
        await fc.assert(
          fc.asyncProperty(paramsFor(op), payloadsFor(op), (params, payload) => check(op, who, auth, params, payload)),
          { seed: SEED + index, numRuns },
        );
      }
    }
    expect(failures).toEqual([]);
  }, 900_000);
});

/** Requests the fuzzer once answered with a 500, kept as examples. */
describe('fuzz regressions', () => {
  let t: SeededApp;
  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    // class-validator's IsNumber({ maxDecimalPlaces }) threw on numbers in exponent form.
    ['/api/duty/subsidy-rates', { effectiveFrom: '2026-02-22', yuanPerPersonDay: 5e-324, halfShiftPersonDays: 0.5 }],
    ['/api/duty/subsidy-rates', { effectiveFrom: '2026-02-22', yuanPerPersonDay: 1e-7, halfShiftPersonDays: 0.5 }],
    [
      '/api/budget/projects',
      { year: 2026, code: 'P1', name: '项目', unitCode: 'u', unitName: '单位', budgetYuan: 4e-87, fiscalYuan: 7e-323, otherYuan: 0, fundingSource: '财政', purpose: '用途' },
    ],
  ])('POST %s with a number in exponent form is a 400', async (path, body) => {
    const res = await t.http().post(path).set(t.auth['admin']).send(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('a backlog case in a township that does not exist is a 400 naming the field, not a foreign-key 500', async () => {
    const res = await t.http().post('/api/backlog-cases').set(t.auth['admin']).send({
      title: '模糊测试积案',
      origin: 'NATIONAL',
      townshipId: '85e4c47b-c348-45ad-9dbe-6a3e3752bf66',
      linkedCaseIds: [],
      leader: '县领导',
      responsibleOrg: '责任单位',
      team: '专班',
      task: '化解',
      responsibility: '负总责',
      plan: '一案一策',
      deadline: '2026-12-31',
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain('townshipId');
  });

  it('a path parameter with a NUL byte (which PostgreSQL cannot read) is a 400, not a 500', async () => {
    const res = await t.http().patch('/api/content-categories/%00').set(t.auth['admin']).send({});
    expect(res.status).toBe(400);
  });

  it('a day that does not exist (2 月 31 日) is a 400 naming the field, not a database error', async () => {
    const res = await t
      .http()
      .post('/api/duty/reports')
      .set(t.auth['admin'])
      .send({ reportDate: '2026-02-31', type: 'DAILY', hasAbnormal: true, content: '值班情况', keyPersonDynamics: '无' });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain('reportDate');
  });
});

function multipart(test: request.Test, variant: string): request.Test {
  switch (variant) {
    case 'png':
      return test.attach('file', PNG, '证据.png');
    case 'no-file':
      return test.field('note', 'x');
    case 'empty-file':
      return test.attach('file', Buffer.alloc(0), 'empty.png');
    case 'text-as-png':
      return test.attach('file', Buffer.from('not an image'), 'x.png');
    case 'huge-name':
      return test.attach('file', PNG, `${'名'.repeat(300)}.png`);
    case 'wrong-field':
      return test.attach('upload', PNG, 'x.png');
    default:
      return test.attach('file', PNG, 'a.png').attach('file', PNG, 'b.png');
  }
}
