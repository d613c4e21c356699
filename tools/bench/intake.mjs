// `npm run bench`: measures the intake API on a realistic volume and prints each figure next to a
// baseline measured in the same run (an authenticated request that does almost nothing), so the
// ratios stay comparable across machines. Uses private PostgreSQL and Redis on free ports and the
// built API (dist/), exactly as `npm start` runs it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnApiAndWorker, terminate } from '../launcher/children.mjs';
import { loadOrCreateSecrets, secretEnv } from '../launcher/secrets.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { startPostgres } = require('../services/postgres.cjs');
const { startRedis } = require('../services/redis.cjs');
const { getFreePort } = require('../services/ports.cjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = join(root, 'tmp', `bench-${process.pid}`);
const CASES = Number(process.env.BENCH_CASES || 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 100);
const PASSWORD = 'bench-password-2026';
const cleanups = [];

const log = (...args) => console.log('[bench]', ...args);

async function timed(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((s, v) => s + v, 0) / sorted.length };
}

async function measure(name, rounds, fn) {
  for (let i = 0; i < 3; i++) await fn(i); // warm-up
  const samples = [];
  for (let i = 0; i < rounds; i++) samples.push(await timed(() => fn(i)));
  return { name, ...stats(samples) };
}

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  log('building the API (Nx cache)…');
  const build = spawnSync(join(root, 'node_modules/.bin/nx'), ['run', 'api:build', '--outputStyle=static'], { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
  if (build.status !== 0) throw new Error('build failed');

  const pg = await startPostgres({ dataDir: join(work, 'postgres'), password: 'bench-only-password', fast: true });
  cleanups.push(() => pg.stop());
  const redis = await startRedis({});
  cleanups.push(() => redis.stop());
  const secrets = loadOrCreateSecrets(join(work, 'secrets.json'));
  const port = await getFreePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: pg.url,
    REDIS_URL: redis.url,
    ...secretEnv(secrets),
    SEED_DEMO_PASSWORD: PASSWORD,
    EXPORT_DIR: join(work, 'exports'),
    ATTACHMENT_DIR: join(work, 'attachments'),
    LOG_LEVEL: 'warn',
    MIGRATE_ON_BOOT: 'false',
  };
  const setup = spawnSync(process.execPath, ['dist/apps/api/cli.js', 'setup'], { cwd: root, env, encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`setup failed: ${setup.stderr}`);

  log(`loading ${CASES.toLocaleString()} cases…`);
  const db = new Client({ connectionString: pg.url });
  await db.connect();
  cleanups.push(() => db.end());
  await seedCases(db);

  mkdirSync(join(work, 'logs'), { recursive: true });
  const children = spawnApiAndWorker({ env, cwd: root, logs: join(work, 'logs') });
  cleanups.push(() => Promise.all([terminate(children.api), terminate(children.worker)]));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 600) throw new Error('the API did not start');
    await new Promise((r) => setTimeout(r, 100));
  }

  const token = (await (await post(base, '/api/auth/login', { username: 'reception', password: PASSWORD })).json()).accessToken;
  const supervisor = (await (await post(base, '/api/auth/login', { username: 'supervisor', password: PASSWORD })).json()).accessToken;
  const get = (path, bearer = token) => fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${bearer}` } }).then(async (r) => {
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  });
  const units = await get('/api/org-units');
  const julu = units.find((u) => u.name === '巨鹿镇').id;
  const person = await (await post(base, '/api/petitioners', { name: '基准测试', idType: 'RESIDENT_ID', idNumber: '11010519491231002X', townshipId: julu }, token)).json();
  const body = (i) => ({
    channel: 'VISIT', source: 'DIRECT', matterType: 'APPEAL', categoryCode: '04', title: `基准登记土地承包纠纷${i}`, mainRequest: '请求确认承包地边界',
    townshipId: julu, peopleCount: 1, petitioners: [{ petitionerId: person.id, role: 'PRIMARY' }],
  });

  const results = [];
  results.push(await measure('baseline: GET /api/auth/me', ROUNDS, () => get('/api/auth/me')));
  results.push(await measure('case list, first page (50)', ROUNDS, () => get('/api/cases?limit=50', supervisor)));
  results.push(await measure('case list, township filter', ROUNDS, () => get(`/api/cases?limit=50&townshipId=${julu}`, supervisor)));
  results.push(await measure('case list, keyword 土地 (2 chars)', ROUNDS, () => get(`/api/cases?limit=50&keyword=${encodeURIComponent('土地')}`, supervisor)));
  results.push(await measure('case list, keyword 拆迁款 (3 chars)', ROUNDS, () => get(`/api/cases?limit=50&keyword=${encodeURIComponent('拆迁款')}`, supervisor)));
  let cursor = null;
  results.push(
    await measure('case list, next page by cursor', ROUNDS, async () => {
      const page = await get(`/api/cases?limit=50${cursor ? `&after=${cursor}` : ''}`, supervisor);
      cursor = page.nextCursor;
    }),
  );
  results.push(await measure('petitioner lookup by ID number', ROUNDS, () => get('/api/petitioners?idNumber=11010519491231002X')));
  results.push(
    await measure('repeat candidates (ID + text)', ROUNDS, () =>
      post(base, '/api/cases/repeat-candidates', { idNumber: '11010519491231002X', categoryCode: '04', text: '反映土地承包纠纷请求确认边界' }, token).then((r) => r.json()),
    ),
  );
  results.push(await measure('register a case (sequential)', ROUNDS, (i) => post(base, '/api/cases', body(`s${i}`), token).then((r) => { if (r.status !== 201) throw new Error(`register ${r.status}`); })));

  const concurrent = 200;
  const burst = await timed(async () => {
    const queue = Array.from({ length: concurrent }, (_, i) => i);
    await Promise.all(Array.from({ length: 10 }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const r = await post(base, '/api/cases', body(`c${i}`), token);
        if (r.status !== 201) throw new Error(`register ${r.status}`);
      }
    }));
  });

  const exportJob = await (await post(base, '/api/exports', { ledger: 'CASES', query: {} }, supervisor)).json();
  const exportMs = await timed(async () => {
    for (;;) {
      const job = await get(`/api/exports/${exportJob.id}`, supervisor);
      if (job.status === 'DONE') return;
      if (job.status === 'FAILED') throw new Error(job.error);
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  const exported = (await get(`/api/exports/${exportJob.id}`, supervisor)).done;

  const baseline = results[0].p50;
  console.log(`\nIntake benchmark: ${CASES.toLocaleString()} cases loaded, ${ROUNDS} rounds each (ms; ratio = p50 ÷ baseline p50)\n`);
  console.log(`${'measure'.padEnd(40)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'mean'.padStart(9)}${'ratio'.padStart(9)}`);
  for (const r of results) {
    console.log(`${r.name.padEnd(40)}${r.p50.toFixed(1).padStart(9)}${r.p95.toFixed(1).padStart(9)}${r.mean.toFixed(1).padStart(9)}${(r.p50 / baseline).toFixed(1).padStart(9)}`);
  }
  console.log(`\n${concurrent} registrations, 10 at a time: ${(burst / 1000).toFixed(2)} s = ${(concurrent / (burst / 1000)).toFixed(0)} cases/s`);
  console.log(`background export of ${exported.toLocaleString()} cases: ${(exportMs / 1000).toFixed(1)} s = ${Math.round(exported / (exportMs / 1000)).toLocaleString()} rows/s`);
}

function post(base, path, body, bearer) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
}

/** Cases spread over two years, five channels and all townships, with search grams as registration stores them. */
async function seedCases(db) {
  const words = ['土地承包', '拆迁款补偿', '拖欠工资', '医疗报销', '低保申请', '宅基地纠纷', '环境污染', '道路修建', '养老保险', '学校收费'];
  await db.query(`
    WITH towns AS (SELECT array_agg(id ORDER BY code) AS ids FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP')),
         clerk AS (SELECT id FROM app_user WHERE username = 'reception'),
         words AS (SELECT $2::text[] AS w)
    INSERT INTO petition_case (case_no, case_year, case_seq, query_code, channel, source, matter_type, category_code, category_label, title,
      main_request, township_id, people_count, is_group, is_skip_level, is_joint_letter, is_law_related, registered_at, registered_by)
    SELECT '1305292025' || lpad(i::text, 6, '0'), 2025, i, 'B' || lpad(i::text, 11, '0'), (ARRAY['VISIT','LETTER','ONLINE','PHONE','FAX'])[1 + i % 5],
           'DIRECT', 'APPEAL', lpad((1 + i % 18)::text, 2, '0'), '分类', '反映' || w.w[1 + i % 10] || '问题' || i, '请求解决' || w.w[1 + (i * 7) % 10],
           towns.ids[1 + i % array_length(towns.ids, 1)], 1 + i % 7, (1 + i % 7) >= 5, false, false, i % 10 = 0,
           now() - (i || ' minutes')::interval, clerk.id
    FROM generate_series(1, $1::int) AS i, towns, clerk, words w`, [CASES, words]);
  await db.query(`
    UPDATE petition_case SET search_grams = ARRAY(
      SELECT DISTINCT substr(t, n, 2) FROM (SELECT title || main_request AS t) s, generate_series(1, char_length(t) - 1) n
      WHERE substr(t, n, 2) ~ '^[[:alnum:]]{2}$')
    WHERE case_year = 2025`);
  await db.query('ANALYZE');
}

main()
  .catch((error) => {
    console.error('[bench] failed:', error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });
