import type { NestExpressApplication } from '@nestjs/platform-express';
import { chinaDate } from '@julu/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { CanaryHttp } from '../../../test/canary/canary-http';
import { CanaryWorld, seedCanaries, TOWNSHIP_A, TOWNSHIP_B, UNIT_H, UNIT_X } from '../../../test/canary/canary-seed';
import { runWorkerJobs } from '../../../test/canary/canary-services';
import { findLeaks, type Leak, VIEWERS } from '../../../test/canary/canary-tokens';
import type { FilterValues } from '../../../test/canary/query-variants';
import { getRoutes, type GetRoute } from '../../../test/canary/route-catalog';
import { SweepRunner } from '../../../test/canary/sweep-runner';
import { createTestApp } from '../../../test/test-app';
import { testSecrets } from '../../../test/test-config';
import { createSeededDataSource, type TestDatabase, testRedisUrl, uniquePrefix } from '../../../test/test-database';

const PASSWORD = 'canary-test-password-1';
/** GET routes the sweep does not call, and why. Everything else in the OpenAPI document is called. */
const EXCLUDED: Record<string, string> = {
  '/api/health': 'liveness probe: answers {status} without a login and reads no record',
  '/api/health/ready': 'readiness probe: answers the state of PostgreSQL and Redis, reads no record',
};
/** Tables the seeding must fill (through the API and the worker's jobs), so that the sweep reads them. */
const DERIVED_TABLES = [
  'case_clock',
  'case_notice',
  'case_event',
  'notification',
  'indicator_snapshot',
  'visit',
  'case_repeat_link',
  'hotspot_case',
  'backlog_case_link',
  'return_escort',
  'export_job',
  'case_diversion',
  'case_law_flag',
  'case_consultation',
  'case_attachment',
  'case_evaluation',
];

/**
 * The canary sweep (issue 15): records carrying unique tokens — accusations against a township and
 * against a unit, ordinary cases of another township, their petitioners, linked into hotspots,
 * backlog cases, escorts, repeat links, diversion and indicators — and then every GET route of the
 * OpenAPI document called as every kind of user, with and without filters, on ids from the lists
 * and from the canaries. Any response that shows a token (or a record id) to someone who may not
 * see it, or a whole ID number, mobile number or an ID-completing birth date, fails the test.
 */
describe('canary sweep: no GET route shows a record to someone who may not see it (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;
  let exportDir: string;
  let routes: GetRoute[] = [];
  const world = new CanaryWorld();
  let runner: SweepRunner;
  const seconds: Record<string, number> = {};
  let clock = Date.now();
  const lap = (phase: string): void => {
    seconds[phase] = (Date.now() - clock) / 1000;
    clock = Date.now();
  };

  beforeAll(async () => {
    clock = Date.now();
    ({ db, dataSource } = await createSeededDataSource(PASSWORD));
    exportDir = mkdtempSync(join(tmpdir(), 'julu-canary-'));
    const env = { QUEUE_PREFIX: uniquePrefix(), EXPORT_DIR: exportDir };
    app = await createTestApp(db.url, testRedisUrl(), env);
    const http = new CanaryHttp(app, dataSource);
    await http.login('ADMIN', 'admin', PASSWORD);
    for (const [viewer, username, role, unit] of [
      ['OFFICER_B', 'canary-officer-b', 'TOWNSHIP_OFFICER', TOWNSHIP_B],
      ['HANDLER_X', 'canary-handler-x', 'HANDLER', UNIT_X],
    ] as const) {
      await http.send('ADMIN', 'post', '/api/users', { username, password: PASSWORD, displayName: `哨兵${viewer}`, role, orgUnitId: await http.unitId(unit) });
      await http.login(viewer, username, PASSWORD);
    }
    for (const [viewer, username] of [
      ['SUPERVISOR', 'supervisor'],
      ['RECEPTION', 'reception'],
      ['OFFICER_A', 'township'],
      ['HANDLER_H', 'handler'],
    ] as const)
      await http.login(viewer, username, PASSWORD);
    lap('app');
    const cases = await seedCanaries(http, world);
    lap('seed');
    const b = await http.unitId(TOWNSHIP_B);
    await runWorkerJobs(http, { ...testSecrets(), DATABASE_URL: db.url, REDIS_URL: testRedisUrl(), ...env }, b);
    lap('jobs');
    const today = chinaDate(new Date());
    const values: FilterValues = {
      units: [await http.unitId(TOWNSHIP_A), b, await http.unitId(UNIT_H), await http.unitId(UNIT_X)],
      villages: [await http.unitId('小马庄村'), await http.unitId('王虎寨村')],
      caseIds: Object.values(cases).map((c) => c.id),
      petitionerIds: world.idsByKind.get('/api/petitioners') ?? [],
      tokens: world.canaries.map((c) => c.token),
      idNumbers: world.identities.map((i) => i.idNumber),
      mobiles: world.identities.map((i) => i.mobile),
      periods: [today.slice(0, 7), `${today.slice(0, 4)}Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`, today.slice(0, 4)],
      year: today.slice(0, 4),
      month: today.slice(0, 7),
    };
    routes = getRoutes(app);
    runner = new SweepRunner(http, world, values);
    await runner.run(routes.filter((r) => !(r.path in EXCLUDED)));
    const lookups: Record<string, string>[] = [
      ...world.identities.flatMap((i): Record<string, string>[] => [{ idNumber: i.idNumber }, { phone: i.mobile }]),
      ...world.canaries.map((c) => ({ name: `信访人${c.token}` })),
    ];
    await runner.lookups('/api/petitioners/lookup', lookups);
    // A case picker's search by a petitioner's name or a title's words: only what the viewer may see.
    await runner.lookups(
      '/api/cases/lookup',
      world.canaries.map((c) => ({ text: c.token })),
    );
    lap('sweep');
  }, 240_000);

  afterAll(async () => {
    const answers = runner?.answers ?? [];
    const perRoute = new Map<string, number>();
    for (const a of answers) perRoute.set(a.route, (perRoute.get(a.route) ?? 0) + 1);
    process.stdout.write(
      `calls per route: ${[...perRoute.entries()]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 12)
        .map(([r, n]) => `${r} ${n}`)
        .join(', ')}\n` +
        `canary sweep: ${routes.length} GET routes, ${answers.length} calls (seconds: ${JSON.stringify(seconds)}) (${answers.filter((a) => a.status < 300).length} answered 2xx); ` +
        `${world.canaries.length} tokens, ${world.identities.length} identities; refused while seeding: ${world.refused.join('; ') || 'nothing'}; notes: ${world.notes.join('; ') || 'none'}\n`,
    );
    await app?.close();
    await dataSource?.destroy();
    await db?.drop();
    if (exportDir) rmSync(exportDir, { recursive: true, force: true });
  });

  it('calls every GET route of the OpenAPI document (answered 2xx for someone), or says why not', () => {
    expect(routes.length).toBeGreaterThan(50);
    const called = new Set(runner.answers.filter((a) => a.status < 300).map((a) => a.route));
    expect(routes.filter((r) => !(r.path in EXCLUDED) && !called.has(r.path)).map((r) => r.path)).toEqual([]);
    expect(Object.keys(EXCLUDED).filter((p) => !routes.some((r) => r.path === p))).toEqual([]);
    expect(Object.values(EXCLUDED).filter((why) => why.length < 20)).toEqual([]);
  });

  it('planted every canary where the sweep reads (so that silence means something)', async () => {
    const seen = (token: string): boolean => runner.answers.some((a) => a.viewer === 'ADMIN' && a.text.includes(token));
    expect(world.canaries.filter((c) => !seen(c.token)).map((c) => c.label)).toEqual([]);
    // The text inside downloaded workbooks is read: the ledgers' exports gave the administrator tokens.
    const withTokens = runner.answers.filter((a) => a.file && a.viewer === 'ADMIN' && world.canaries.some((c) => a.text.includes(c.token)));
    expect([...new Set(withTokens.map((a) => a.route))].sort()).toEqual(expect.arrayContaining(['/api/exports/:id/file', '/api/hotspots/export', '/api/backlog-cases/export']));
    const empty: string[] = [];
    for (const table of DERIVED_TABLES) {
      const [{ n }]: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      if (n === 0) empty.push(table);
    }
    expect(empty).toEqual([]);
  });

  it('looked every canary person up through the POST lookup, and reception found them', () => {
    const lookups = runner.answers.filter((a) => a.route === 'POST /api/petitioners/lookup');
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.filter((a) => a.status >= 500).map((a) => `${a.viewer} ${a.url}: ${a.status}`)).toEqual([]);
    const found = lookups.filter((a) => a.viewer === 'RECEPTION' && Array.isArray(a.json) && a.json.length > 0);
    expect(found.length).toBeGreaterThanOrEqual(world.identities.length);
  });

  it('looked every canary token up through the case picker’s POST lookup, and reception found cases by them', () => {
    const lookups = runner.answers.filter((a) => a.route === 'POST /api/cases/lookup');
    expect(lookups.length).toBe(world.canaries.length * VIEWERS.length);
    expect(lookups.filter((a) => a.status !== 200).map((a) => `${a.viewer} ${a.url}: ${a.status}`)).toEqual([]);
    expect(lookups.filter((a) => a.viewer === 'RECEPTION' && Array.isArray(a.json) && a.json.length > 0).length).toBeGreaterThan(0);
  });

  it('answers no GET with a server error', () => {
    expect(runner.answers.filter((a) => a.status >= 500).map((a) => `${a.viewer} ${a.url}: ${a.status}`)).toEqual([]);
  });

  // No allow-list: this is green only when the sweep finds no leak at all (red on purpose until the
  // leaks it reports are fixed; each line names the route, the viewer and what leaked).
  it('shows no canary token or record id to a viewer who may not see it, and no whole ID number, mobile number or ID-completing birth date', () => {
    const leaks = new Map<string, Leak>();
    for (const a of runner.answers) {
      for (const leak of findLeaks(a.text, a, world.canaries, world.identities, world.hiddenIds)) {
        const key = `${leak.route} | ${leak.viewer} | ${leak.what}`;
        if (!leaks.has(key)) leaks.set(key, leak);
      }
    }
    const report = [...leaks.entries()].map(([key, l]) => `${key}  (e.g. ${l.url})`).sort();
    if (report.length) process.stdout.write(`canary sweep leaks (${report.length}):\n  ${report.join('\n  ')}\n`);
    expect(report).toEqual([]);
  });
});
