// Load shapes for the benchmarks: a fixed number of requests at a fixed concurrency (closed loop),
// requests at a fixed arrival rate scheduled by the clock (open loop), latency percentiles, and the
// resident memory of a process read from /proc. Shared by intake-load, dashboard, export and soak.
import { readFileSync } from 'node:fs';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** p50, p99 and max of latency samples (ms), by nearest rank. */
export function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

/**
 * Closed loop: `total` calls of `fn(i)` with exactly `concurrency` in flight until the queue is
 * empty. Returns the wall time, each call's latency, and the errors (a call that throws).
 */
export async function closedLoop(concurrency, total, fn) {
  let next = 0;
  const samples = [];
  const errors = [];
  const started = now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) {
        const t = now();
        try {
          await fn(i);
          samples.push(now() - t);
        } catch (error) {
          errors.push(error);
        }
      }
    }),
  );
  const ms = now() - started;
  return { ms, perSecond: (samples.length / ms) * 1000, samples, errors };
}

/**
 * Open loop: request i starts at `i / rate` seconds, whether or not the earlier ones have answered,
 * so a slow server meets a growing queue as it would in service (no coordinated omission).
 * `fn(i)` resolves to a record `{ kind, status }`; latency is measured from the scheduled start.
 */
export async function openLoop(rate, seconds, fn) {
  const total = Math.round(rate * seconds);
  const records = [];
  const inFlight = [];
  const started = now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    inFlight.push(
      (async () => {
        let record;
        try {
          record = await fn(i);
        } catch (error) {
          record = { kind: 'unknown', status: 'network', error: String(error?.cause?.code ?? error?.message ?? error) };
        }
        records.push({ ...record, ms: now() - due });
      })(),
    );
  }
  await Promise.all(inFlight);
  return { ms: now() - started, records };
}

/** VmRSS and VmHWM (peak) of a process, in MiB, from /proc/<pid>/status. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Samples a process's RSS every `intervalMs`; `stop()` returns the peak and the series. */
export function sampleMemory(pid, intervalMs = 100) {
  const series = [];
  const take = () => {
    try {
      series.push({ at: Date.now(), ...memoryOf(pid) });
    } catch {
      // the process has gone; the caller notices on its own
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakRss: Math.max(...series.map((s) => s.rss)), hwm: series.at(-1)?.hwm ?? NaN, series };
    },
  };
}

/** A plain table: a header row and rows of cells, right-aligned after the first column. */
export function printRows(title, header, rows) {
  const widths = header.map((h, c) => Math.max(String(h).length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c] + 2))).join('');
  console.log(`\n${title}\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

export const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
