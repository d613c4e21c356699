// `BENCH_CPU_PROF=tmp/prof node test/bench/intake-profile.mjs`: the CPU one registration costs the
// API process and the worker (issue 19.1). Starts the bench system (harness.mjs), warms up, then
// sends BENCH_REQUESTS registrations (POST /api/petitioners + POST /api/cases, each with an
// Idempotency-Key, as intake-load.mjs) at BENCH_CONCURRENCY in flight, and waits until the worker is
// idle again (it handles each registration's events after the answer). Prints each process's CPU
// time per registration, read from /proc. With BENCH_CPU_PROF set, both processes are profiled over
// exactly that window (SIGWINCH, cpu-profile.cjs) and the profiles are summarised (top 15 by self time).
// Not one of `npm run bench`'s parts: it is a diagnostic, not a figure with a same-run baseline.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { log, root, runPartOnCases } from './harness.mjs';
import { closedLoop, fixed, percentiles } from './load-tools.mjs';

const CASES = Number(process.env.BENCH_CASES || 50_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 8);
const PROFILE_DIR = process.env.BENCH_CPU_PROF ? resolve(root, process.env.BENCH_CPU_PROF) : undefined;
const TICK = 100; // USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** User + system CPU milliseconds of a process so far. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICK;
}

function residentId(n) {
  const birth = new Date(Date.UTC(1950, 0, 1) + (n % 20_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const body = `130529${birth}${String(100 + Math.floor(n / 20_000)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

async function run({ base, login, get, children }) {
  const token = await login('reception');
  const julu = (await get('/api/org-units', token)).find((u) => u.name === '巨鹿镇').id;
  let serial = 0;
  const send = async (path, body) => {
    const r = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(body),
    });
    if (r.status !== 201) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const register = async () => {
    const n = serial++;
    const person = await send('/api/petitioners', {
      name: `压测信访人${n}`,
      idType: 'RESIDENT_ID',
      idNumber: residentId(n),
      mobile: `139${String(n).padStart(8, '0')}`,
      townshipId: julu,
    });
    await send('/api/cases', {
      channel: 'VISIT',
      source: 'DIRECT',
      matterType: 'APPEAL',
      categoryCode: '04',
      title: `反映土地承包纠纷${n}`,
      mainRequest: '请求确认承包地边界',
      townshipId: julu,
      peopleCount: 1,
      petitioners: [{ petitionerId: person.id, role: 'PRIMARY' }],
    });
  };
  const processes = { api: children.api, worker: children.worker };
  /** Waits until the worker has used under 30 ms of CPU in 2 s (its events handled), at most 3 min. */
  const workerIdle = async () => {
    for (let i = 0; i < 90; i++) {
      const before = cpuMs(children.worker.pid);
      await sleep(2000);
      if (cpuMs(children.worker.pid) - before < 30) return;
    }
    log('the worker did not go idle within 3 minutes');
  };

  log('warming up (100 registrations)…');
  await closedLoop(CONCURRENCY, 100, register);
  await workerIdle();
  const before = Object.fromEntries(Object.entries(processes).map(([k, c]) => [k, cpuMs(c.pid)]));
  const load0 = loadavg()[0].toFixed(2);
  if (PROFILE_DIR) for (const c of Object.values(processes)) c.kill('SIGWINCH');
  log(`${REQUESTS} registrations, ${CONCURRENCY} in flight…`);
  const result = await closedLoop(CONCURRENCY, REQUESTS, register);
  const apiAtAnswer = cpuMs(children.api.pid);
  await workerIdle();
  if (PROFILE_DIR) for (const c of Object.values(processes)) c.kill('SIGWINCH');
  const after = Object.fromEntries(Object.entries(processes).map(([k, c]) => [k, cpuMs(c.pid)]));
  const p = percentiles(result.samples);
  const ok = result.samples.length;
  console.log(
    `\n${ok} registrations (${result.errors.length} errors), ${fixed(result.perSecond, 0)}/s, p50 ${fixed(p.p50)} ms, p99 ${fixed(p.p99)} ms; load ${load0}→${loadavg()[0].toFixed(2)}`,
  );
  const api = (apiAtAnswer - before.api) / ok;
  const worker = (after.worker - before.worker) / ok;
  console.log(`CPU per registration: API ${fixed(api)} ms, worker ${fixed(worker)} ms (worker ÷ API ${fixed(worker / api, 2)})`);
  if (result.errors.length > 0) throw result.errors[0];
  if (PROFILE_DIR) {
    for (const [label, c] of Object.entries(processes)) {
      // The child writes its profile on the signal; a large one takes a while on a busy machine.
      const written = () => (existsSync(PROFILE_DIR) ? readdirSync(PROFILE_DIR).filter((f) => f.includes(`-${c.pid}-`)) : []);
      for (let i = 0; i < 600 && written().length === 0; i++) await sleep(100);
      const files = written();
      for (const f of files) {
        log(`profile of the ${label}: ${join(PROFILE_DIR, f)}`);
        spawnSync(process.execPath, [join(root, 'test/bench/cpu-profile-summary.mjs'), join(PROFILE_DIR, f), String(ok)], { stdio: 'inherit' });
      }
    }
  }
}

await runPartOnCases('intake-profile', CASES, run);
