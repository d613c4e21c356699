// `npm run bench export`: the background .xlsx export of the case ledger at 25,000, 50,000 and
// 100,000 rows on one system (more rows are loaded between the steps): time, rows/s, and the
// WORKER's peak resident memory sampled every 100 ms from /proc. Streaming means the peak stays
// flat as rows grow. Baselines in the same run: the worker's idle RSS, and a plain SQL
// `COPY (SELECT …) TO STDOUT` of the same rows and columns.
import { createRequire } from 'node:module';
import { log, post, startBenchSystem, timed } from './harness.mjs';
import { fixed, memoryOf, printRows, sampleMemory } from './load-tools.mjs';
import { seedCases } from './seed-cases.mjs';

const require = createRequire(import.meta.url);
const { to: copyTo } = require('pg-copy-streams');

const STEPS = (process.env.BENCH_EXPORT_ROWS || '25000,50000,100000').split(',').map(Number);
/** Peak RSS may grow by at most this share from the smallest to the largest export. */
const FLAT = 0.25;

const LEDGER_SELECT = `
  SELECT c.case_no, c.registered_at, c.channel, c.source, c.matter_type, c.category_label, c.title, c.main_request,
         (SELECT string_agg(p.name, '、' ORDER BY cp.position) FROM case_petitioner cp JOIN petitioner p ON p.id = cp.petitioner_id WHERE cp.case_id = c.id),
         t.name, v.name, iu.name, c.people_count, c.is_group, c.is_skip_level, c.is_joint_letter, c.is_law_related, c.is_repeat, c.status, u.display_name
  FROM petition_case c JOIN org_unit t ON t.id = c.township_id LEFT JOIN org_unit v ON v.id = c.village_id
  LEFT JOIN org_unit iu ON iu.id = c.involved_unit_id JOIN app_user u ON u.id = c.registered_by
  ORDER BY c.registered_at DESC, c.id DESC`;

async function main() {
  const system = await startBenchSystem('export', async (db) => {
    log(`loading ${STEPS[0].toLocaleString()} cases…`);
    await seedCases(db, STEPS[0]);
  });
  try {
    await run(system);
  } finally {
    await system.stop();
  }
}

/** Streams the same rows out of PostgreSQL with COPY; resolves to the bytes read. */
function copyOut(db) {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const stream = db.query(copyTo(`COPY (${LEDGER_SELECT}) TO STDOUT`));
    stream.on('data', (chunk) => (bytes += chunk.length));
    stream.on('end', () => resolve(bytes));
    stream.on('error', reject);
  });
}

async function exportOnce(base, get, supervisor, workerPid) {
  const memory = sampleMemory(workerPid, 100);
  let job;
  let bytes = 0;
  const ms = await timed(async () => {
    job = await (await post(base, '/api/exports', { ledger: 'CASES', query: {} }, supervisor)).json();
    for (;;) {
      job = await get(`/api/exports/${job.id}`, supervisor);
      if (job.status === 'DONE') break;
      if (job.status === 'FAILED') throw new Error(`export failed: ${job.error}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const file = await fetch(`${base}/api/exports/${job.id}/file`, { headers: { Authorization: `Bearer ${supervisor}` } });
    if (!file.ok) throw new Error(`download ${file.status}`);
    bytes = (await file.arrayBuffer()).byteLength;
  });
  const { peakRss, hwm } = memory.stop();
  return { ms, rows: job.done, bytes, peakRss, hwm };
}

async function run({ base, db, login, get, children }) {
  const supervisor = await login('supervisor');
  const workerPid = children.worker.pid;
  await new Promise((r) => setTimeout(r, 3000)); // the worker settles after start
  const idle = sampleMemory(workerPid, 100);
  await new Promise((r) => setTimeout(r, 2000));
  const { peakRss: idleRss } = idle.stop();
  const rows = [['baseline: worker idle', '', '', '', fixed(idleRss), '1.00']];
  const peaks = [];
  let loaded = STEPS[0];
  for (const target of STEPS) {
    if (target > loaded) {
      log(`loading ${(target - loaded).toLocaleString()} more cases…`);
      await seedCases(db, target - loaded, loaded + 1);
      loaded = target;
    }
    let copied = 0;
    const copyMs = await timed(async () => (copied = await copyOut(db)));
    log(`exporting ${loaded.toLocaleString()} rows…`);
    const e = await exportOnce(base, get, supervisor, workerPid);
    peaks.push(e.peakRss);
    rows.push([
      `baseline: SQL COPY of ${loaded.toLocaleString()} rows (${(copied / 1048576).toFixed(1)} MiB)`,
      fixed(copyMs / 1000, 2),
      fixed((loaded / copyMs) * 1000, 0),
      '1.0',
      '',
      '',
    ]);
    rows.push([
      `.xlsx export of ${e.rows.toLocaleString()} rows (${(e.bytes / 1048576).toFixed(1)} MiB)`,
      fixed(e.ms / 1000, 2),
      fixed((e.rows / e.ms) * 1000, 0),
      fixed(e.ms / copyMs),
      fixed(e.peakRss),
      fixed(e.peakRss / idleRss, 2),
    ]);
  }
  const { hwm } = memoryOf(workerPid);
  printRows(
    'Export: time and the worker’s peak RSS (sampled every 100 ms; time ratio = export ÷ COPY of the same rows; RSS ratio = peak ÷ idle)',
    ['measure', 's', 'rows/s', 'time ratio', 'peak RSS MiB', 'RSS ratio'],
    rows,
  );
  const growth = peaks.at(-1) / peaks[0] - 1;
  console.log(
    `\nworker VmHWM over the run: ${fixed(hwm)} MiB; peak RSS from ${STEPS[0].toLocaleString()} to ${STEPS.at(-1).toLocaleString()} rows: ${growth >= 0 ? '+' : ''}${fixed(growth * 100)}% (flat = within +${FLAT * 100}%)`,
  );
  if (growth > FLAT) throw new Error(`the worker's peak memory grew ${fixed(growth * 100)}% with the rows: the export does not stream`);
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
