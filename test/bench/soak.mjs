// `npm run bench:soak`: SOAK_SECONDS (default 300) of mixed load at a fixed arrival rate (SOAK_RATE,
// default 20 req/s, open loop) across roles: registrations, case lists, case pages, the dashboard,
// 我的工作, transitions and now and then an export (see soak-mix.mjs). It prints the requests by
// kind and status with p50/p99, and the API's and the worker's RSS every 10 s. It exits 1 on any
// 5xx or network error, on a failed export, on a child that exits, or if memory is not flat.
// Flat means, for the API and the worker, comparing the first window (the first minute; a fifth
// of shorter runs) with the end: the live heap after a full GC (heap-probe.cjs, asked at the end
// of the first window and at the end) grows by at most LEAK_LIMIT, and the mean RSS of the last
// window exceeds the first window's by at most RSS_LIMIT. RSS alone is not a leak test: V8 grows
// its heap lazily under sustained allocation, so RSS climbs for minutes while live objects do not.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { log, root, startBenchSystem } from './harness.mjs';
import { fixed, memoryOf, openLoop, percentiles, printRows } from './load-tools.mjs';
import { seedCases } from './seed-cases.mjs';
import { mix } from './soak-mix.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS || 300);
const RATE = Number(process.env.SOAK_RATE || 20);
const CASES = Number(process.env.BENCH_CASES || 20_000);
const LEAK_LIMIT = 0.2;
const RSS_LIMIT = 0.5;
const probeDir = join(root, 'tmp', `bench-soak-heap-${process.pid}`);

async function main() {
  mkdirSync(probeDir, { recursive: true });
  const probe = ['--expose-gc', `--require ${join(root, 'test/bench/heap-probe.cjs')}`];
  const env = { NODE_OPTIONS: [process.env.NODE_OPTIONS, ...probe].filter(Boolean).join(' '), HEAP_PROBE_DIR: probeDir };
  const system = await startBenchSystem(
    'soak',
    async (db) => {
      log(`loading ${CASES.toLocaleString()} cases…`);
      await seedCases(db, CASES);
    },
    { env },
  ).catch((error) => {
    rmSync(probeDir, { recursive: true, force: true });
    throw error;
  });
  let failed = true;
  try {
    failed = await run(system);
  } finally {
    await system.stop();
    rmSync(probeDir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

function memorySeries(children) {
  const series = [];
  const started = Date.now();
  const rss = (child) => {
    try {
      return memoryOf(child.pid).rss;
    } catch {
      return NaN; // the process has gone: reported as a failure
    }
  };
  const take = () => series.push({ s: Math.round((Date.now() - started) / 1000), api: rss(children.api), worker: rss(children.worker) });
  take();
  const timer = setInterval(take, 10_000);
  return () => {
    clearInterval(timer);
    take();
    return series;
  };
}

/** Asks a child for its live heap after a full GC (see heap-probe.cjs); MiB, NaN if it does not answer. */
async function liveHeap(child) {
  const file = join(probeDir, `${child.pid}.log`);
  const lines = () => {
    try {
      return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean);
    } catch {
      return [];
    }
  };
  const before = lines().length;
  if (child.exitCode !== null || child.signalCode !== null) return NaN;
  child.kill('SIGWINCH');
  for (let i = 0; i < 100 && lines().length === before; i++) await new Promise((r) => setTimeout(r, 100));
  const last = lines()[before];
  return last ? JSON.parse(last).heapUsed / 1048576 : NaN;
}

/** Mean of `key` over the first and the last `window` seconds, and the growth between them. */
function growth(series, key, window) {
  const end = series.at(-1).s;
  const mean = (rows) => rows.reduce((s, r) => s + r[key], 0) / rows.length;
  const loaded = series.filter((r) => r.s > 0); // t = 0 is before the load
  const early = loaded.filter((r) => r.s <= window);
  const first = mean(early.length > 0 ? early : loaded.slice(0, 1));
  const last = mean(series.filter((r) => r.s >= end - window));
  return { first, last, growth: last / first - 1 };
}

async function run(system) {
  const { next, exportOutcomes } = await mix(system);
  log(`soak: ${RATE} req/s for ${SECONDS} s…`);
  const window = Math.min(60, SECONDS / 5);
  const { api, worker } = system.children;
  const stopMemory = memorySeries(system.children);
  let early;
  const earlyProbe = new Promise((resolve) => setTimeout(resolve, window * 1000)).then(async () => (early = { api: await liveHeap(api), worker: await liveHeap(worker) }));
  const { records, ms } = await openLoop(RATE, SECONDS, next);
  await earlyProbe;
  const late = { api: await liveHeap(api), worker: await liveHeap(worker) };
  const series = stopMemory();
  const exports = await exportOutcomes();

  const kinds = [...new Set(records.map((r) => r.kind))].sort();
  const statuses = [...new Set(records.map((r) => String(r.status)))].sort();
  const rows = kinds.map((kind) => {
    const mine = records.filter((r) => r.kind === kind);
    const p = percentiles(mine.map((r) => r.ms));
    return [kind, p.n, ...statuses.map((s) => mine.filter((r) => String(r.status) === s).length), fixed(p.p50), fixed(p.p99), fixed(p.max)];
  });
  const all = percentiles(records.map((r) => r.ms));
  rows.push(['all', all.n, ...statuses.map((s) => records.filter((r) => String(r.status) === s).length), fixed(all.p50), fixed(all.p99), fixed(all.max)]);
  printRows(
    `Soak: ${records.length.toLocaleString()} requests in ${fixed(ms / 1000)} s (${fixed((records.length / ms) * 1000)} req/s scheduled at ${RATE}); ${CASES.toLocaleString()} cases loaded (ms from the scheduled start)`,
    ['kind', 'n', ...statuses.map((s) => `HTTP ${s}`), 'p50', 'p99', 'max'],
    rows,
  );
  console.log(`\nexports requested during the soak, by outcome: ${JSON.stringify(exports)}`);
  printRows(
    'RSS every 10 s (MiB)',
    ['t (s)', 'API', 'worker'],
    series.map((r) => [r.s, fixed(r.api), fixed(r.worker)]),
  );

  const failures = [];
  const pct = (x) => `${x >= 0 ? '+' : ''}${fixed(x * 100)}%`;
  for (const key of ['api', 'worker']) {
    const g = growth(series, key, window);
    const heap = late[key] / early[key] - 1;
    console.log(`${key}: live heap after GC at ${window} s ${fixed(early[key])} MiB, at the end ${fixed(late[key])} MiB: ${pct(heap)} (limit +${LEAK_LIMIT * 100}%)`);
    console.log(`${key}: mean RSS first ${window} s ${fixed(g.first)} MiB, last ${window} s ${fixed(g.last)} MiB: ${pct(g.growth)} (limit +${RSS_LIMIT * 100}%)`);
    if (!(heap <= LEAK_LIMIT)) failures.push(`${key} live heap grew ${pct(heap)} (or the probe did not answer)`);
    if (!(g.growth <= RSS_LIMIT)) failures.push(`${key} RSS grew ${pct(g.growth)} (or the process exited)`);
  }
  for (const [key, child] of Object.entries(system.children)) if (child.exitCode !== null || child.signalCode !== null) failures.push(`the ${key} exited during the soak`);
  const errors = records.filter((r) => r.status === 'network' || Number(r.status) >= 500);
  if (errors.length > 0) failures.push(`${errors.length} requests failed (5xx or network), first: ${JSON.stringify(errors[0])}`);
  if (exports.FAILED || Object.keys(exports).some((s) => s !== 'DONE')) failures.push(`exports not all done: ${JSON.stringify(exports)}`);
  for (const f of failures) console.error(`[soak] FAIL: ${f}`);
  if (failures.length === 0) console.log('\n[soak] passed: no errors, memory flat');
  return failures.length > 0;
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
