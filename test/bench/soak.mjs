// `npm run bench:soak`: SOAK_SECONDS (default 300) of mixed load at a fixed arrival rate (SOAK_RATE,
// default 20 req/s, open loop) across roles: registrations, case lists, case pages, the dashboard,
// 我的工作, transitions and now and then an export (see soak-mix.mjs). It prints the requests by
// kind and status with p50/p99, and the API's and the worker's RSS every 10 s. It exits 1 on any
// 5xx or network error, on a failed export, or if memory is not flat: the mean RSS of the last
// window (the last minute; a fifth of shorter runs) may exceed the first window's (after the
// sample taken before the load) by at most GROWTH_LIMIT.
import { log, startBenchSystem } from './harness.mjs';
import { fixed, memoryOf, openLoop, percentiles, printRows } from './load-tools.mjs';
import { seedCases } from './seed-cases.mjs';
import { mix } from './soak-mix.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS || 300);
const RATE = Number(process.env.SOAK_RATE || 20);
const CASES = Number(process.env.BENCH_CASES || 20_000);
const GROWTH_LIMIT = 0.2;

async function main() {
  const system = await startBenchSystem('soak', async (db) => {
    log(`loading ${CASES.toLocaleString()} cases…`);
    await seedCases(db, CASES);
  });
  let failed = true;
  try {
    failed = await run(system);
  } finally {
    await system.stop();
  }
  if (failed) process.exitCode = 1;
}

function memorySeries(children) {
  const series = [];
  const started = Date.now();
  const take = () => series.push({ s: Math.round((Date.now() - started) / 1000), api: memoryOf(children.api.pid).rss, worker: memoryOf(children.worker.pid).rss });
  take();
  const timer = setInterval(take, 10_000);
  return () => {
    clearInterval(timer);
    take();
    return series;
  };
}

/** Mean of `key` over the first and the last `window` seconds, and the growth between them. */
function growth(series, key, window) {
  const end = series.at(-1).s;
  const mean = (rows) => rows.reduce((s, r) => s + r[key], 0) / rows.length;
  const first = mean(series.filter((r) => r.s > 0 && r.s <= window)); // t = 0 is before the load
  const last = mean(series.filter((r) => r.s >= end - window));
  return { first, last, growth: last / first - 1 };
}

async function run(system) {
  const { next, exportOutcomes } = await mix(system);
  log(`soak: ${RATE} req/s for ${SECONDS} s…`);
  const stopMemory = memorySeries(system.children);
  const { records, ms } = await openLoop(RATE, SECONDS, next);
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
  printRows(`Soak: ${records.length.toLocaleString()} requests in ${fixed(ms / 1000)} s (${fixed((records.length / ms) * 1000)} req/s scheduled at ${RATE}); ${CASES.toLocaleString()} cases loaded (ms from the scheduled start)`, ['kind', 'n', ...statuses.map((s) => `HTTP ${s}`), 'p50', 'p99', 'max'], rows);
  console.log(`\nexports requested during the soak, by outcome: ${JSON.stringify(exports)}`);
  printRows('RSS every 10 s (MiB)', ['t (s)', 'API', 'worker'], series.map((r) => [r.s, fixed(r.api), fixed(r.worker)]));

  const window = Math.min(60, SECONDS / 5);
  const failures = [];
  for (const key of ['api', 'worker']) {
    const g = growth(series, key, window);
    console.log(`${key}: mean RSS first ${window} s ${fixed(g.first)} MiB, last ${window} s ${fixed(g.last)} MiB: ${g.growth >= 0 ? '+' : ''}${fixed(g.growth * 100)}% (limit +${GROWTH_LIMIT * 100}%)`);
    if (g.growth > GROWTH_LIMIT) failures.push(`${key} memory grew ${fixed(g.growth * 100)}%`);
  }
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
