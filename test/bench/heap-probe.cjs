// Preloaded into the API and the worker by the soak (NODE_OPTIONS="--expose-gc --require …"): on
// SIGWINCH (not SIGUSR2: Nest's shutdown hooks stop the app on that one) it runs a full garbage
// collection and appends the live heap to $HEAP_PROBE_DIR/<pid>.log, so the soak can tell a leak
// (live objects growing) from V8 merely growing its heap under load (RSS rising while the live
// heap stays flat). Nothing else changes.
const { appendFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.HEAP_PROBE_DIR;
if (dir && typeof global.gc === 'function') {
  process.on('SIGWINCH', () => {
    global.gc();
    const { heapUsed, rss } = process.memoryUsage();
    appendFileSync(join(dir, `${process.pid}.log`), `${JSON.stringify({ at: Date.now(), heapUsed, rss })}\n`);
  });
}
