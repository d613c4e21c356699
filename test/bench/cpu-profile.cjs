// Preloaded into the API and worker children when BENCH_CPU_PROF=<dir> (harness.mjs adds
// `--require` to their NODE_OPTIONS). V8's sampling profiler runs between two SIGWINCH signals, so
// a bench can profile exactly its measured window (not the boot); the second SIGWINCH, or SIGTERM
// if it comes first, writes <dir>/<label>-<pid>-<n>.cpuprofile (open in Chrome DevTools, or
// summarise with `node test/bench/cpu-profile-summary.mjs <file>`). Node's own `--cpu-prof` writes
// only on a normal exit, and Nest ends the process by re-raising SIGTERM, so it would write nothing.
// SIGWINCH (ignored by default), because Nest's shutdown hooks end the app on SIGUSR2.
const inspector = require('node:inspector');
const { mkdirSync, writeFileSync } = require('node:fs');
const { basename, join } = require('node:path');

const dir = process.env.BENCH_CPU_PROF;
const label = basename(process.argv[1] || 'node', '.js');
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: Number(process.env.BENCH_CPU_PROF_INTERVAL_US || 200) });
let running = false;
let written = 0;

function stop() {
  if (!running) return;
  running = false;
  // The in-process session answers synchronously, so this also works inside a signal handler.
  session.post('Profiler.stop', (error, result) => {
    if (error) return process.stderr.write(`[cpu-profile] ${error.message}\n`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${label}-${process.pid}-${++written}.cpuprofile`);
    writeFileSync(file, JSON.stringify(result.profile));
    process.stderr.write(`[cpu-profile] wrote ${file}\n`);
  });
}

process.on('SIGWINCH', () => {
  if (running) return stop();
  session.post('Profiler.start');
  running = true;
});
process.once('SIGTERM', () => {
  stop();
  // Only this listener was there: SIGTERM's default (end the process) is what the app expects.
  if (process.listenerCount('SIGTERM') === 0) process.kill(process.pid, 'SIGTERM');
});
