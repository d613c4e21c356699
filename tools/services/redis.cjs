// Starts a private redis-server as a child process on a loopback port.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { getFreePort, reapStaleServer } = require('./ports.cjs');

const INSTALL_HINT =
  'No redis-server binary was found. Install one (Debian/Ubuntu: `sudo apt-get install redis-server`; ' +
  'macOS: `brew install redis`) or point the system at a running Redis with REDIS_URL=redis://host:port.';

class RedisNotInstalledError extends Error {
  constructor() {
    super(INSTALL_HINT);
    this.name = 'RedisNotInstalledError';
  }
}

/** REDIS_SERVER_BIN when set (and then only it), else PATH and the usual install locations. */
function findRedisServer() {
  const candidates = process.env.REDIS_SERVER_BIN
    ? [process.env.REDIS_SERVER_BIN]
    : ['redis-server', '/usr/bin/redis-server', '/usr/sbin/redis-server', '/usr/local/bin/redis-server'];
  for (const bin of candidates) {
    const probe = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0) return bin;
  }
  throw new RedisNotInstalledError();
}

/**
 * @param {{ dataDir?: string, port?: number, persistent?: boolean, password?: string, log?: (m: string) => void }} options
 *   persistent: AOF on (the launcher); off for tests. password: clients must AUTH (the launcher's
 *   generated one); it reaches redis-server on stdin, never on its command line, which any local
 *   user can read; the returned url carries it (redis://:password@host:port).
 */
async function startRedis(options = {}) {
  const bin = findRedisServer();
  const log = options.log ?? (() => undefined);
  const port = options.port ?? (await getFreePort());
  const dataDir = options.dataDir;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dataDir, 0o700);
  }
  const pidFile = dataDir ? path.join(dataDir, 'redis.pid') : undefined;
  if (pidFile) await reapStaleServer(pidFile, 'SIGTERM', 'redis-server', log);
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--protected-mode',
    'yes',
    '--daemonize',
    'no',
    '--save',
    '',
    '--appendonly',
    options.persistent ? 'yes' : 'no',
    '--loglevel',
    'warning',
  ];
  if (dataDir) args.push('--dir', path.resolve(dataDir), '--pidfile', path.resolve(pidFile));
  const password = options.password;
  if (password !== undefined && !/^[A-Za-z0-9_-]{16,}$/.test(password)) throw new Error('the Redis password must be at least 16 URL-safe characters');
  // `-` first: the rest of the configuration (requirepass) is read from stdin.
  const child = spawn(bin, password ? ['-', ...args] : args, { stdio: [password ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  if (password) child.stdin.end(`requirepass ${password}\n`);
  const ready = await waitUntilReady(child, port, password);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`redis-server did not become ready on port ${port}`);
  }
  let exited = false;
  const exit = new Promise((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  return {
    url: password ? `redis://:${password}@127.0.0.1:${port}` : `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    process: child,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exit;
      clearTimeout(timer);
    },
  };
}

function waitUntilReady(child, port, password) {
  return new Promise((resolve) => {
    const net = require('node:net');
    const deadline = Date.now() + 10000;
    let done = false;
    const finish = (ok) => {
      if (!done) {
        done = true;
        resolve(ok);
      }
    };
    child.once('exit', () => finish(false));
    const attempt = () => {
      if (done) return;
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.write(password ? `AUTH ${password}\r\nPING\r\n` : 'PING\r\n');
        // One reply line per command sent: +OK/-ERR for AUTH, then +PONG or -LOADING/-NOAUTH.
        const expected = password ? 2 : 1;
        let reply = '';
        const onData = (d) => {
          reply += String(d);
          const lines = reply.split('\r\n').filter(Boolean);
          if (lines.includes('+PONG')) {
            socket.destroy();
            finish(true);
          } else if (lines.length >= expected) {
            socket.destroy();
            retry();
          }
        };
        socket.on('data', onData);
      });
      socket.once('error', () => {
        socket.destroy();
        retry();
      });
    };
    const retry = () => (Date.now() > deadline ? finish(false) : setTimeout(attempt, 25));
    attempt();
  });
}

module.exports = { startRedis, findRedisServer, RedisNotInstalledError };
