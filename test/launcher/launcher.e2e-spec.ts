import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CASE_STATES } from '@julu/contracts';
import { getFreePort } from '../../tools/services/ports.cjs';

const root = resolve(__dirname, '../..');
/** A first start: servers, the build (cached when unchanged), migrations, seed and the demo data. */
const FIRST_START_MS = 240_000;

/** The environment of a fresh clone: no external database or Redis, no chosen password. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of [
    'DATABASE_URL',
    'REDIS_URL',
    'SEED_DEMO_PASSWORD',
    'JWT_SECRET',
    'QUEUE_PREFIX',
    'REDIS_SERVER_BIN',
    'PORT',
    'PII_KEYS',
    'PII_ACTIVE_KEY_ID',
    'PII_BLIND_INDEX_KEY',
  ])
    delete env[key];
  return { ...env, ...extra };
}

/** Processes whose command line mentions `needle` (postgres and redis name their data dir). */
function processesMentioning(needle: string): string[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid)
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    })
    .filter((cmd) => cmd.includes(needle));
}

class Launcher {
  private output = '';
  readonly child: ChildProcess;

  /** `detached`: its own process group, so `interrupt()` can signal it as a terminal's Ctrl-C does. */
  constructor(env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, ['tools/launcher/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
  }

  /**
   * Resolves as soon as the output matches `pattern` (checked on every chunk the launcher writes);
   * fails once the launcher has exited without it, or after `timeoutMs`.
   */
  waitFor(pattern: RegExp, timeoutMs = 90000): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const { stdout, stderr } = this.child;
      const matched = (): boolean => {
        const match = this.output.match(pattern);
        if (match) finish(() => resolve(match));
        return match !== null;
      };
      const fail = (): void => finish(() => reject(new Error(`launcher output never matched ${pattern}:\n${this.output}`)));
      const onData = (): void => void matched();
      const onExit = (): void => void (matched() || fail());
      const timer = setTimeout(fail, timeoutMs);
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        stdout?.off('data', onData);
        stderr?.off('data', onData);
        this.child.off('exit', onExit);
        settle();
      };
      // Registered after the constructor's listeners, so `output` already holds the chunk.
      stdout?.on('data', onData);
      stderr?.on('data', onData);
      this.child.once('exit', onExit);
      if (!matched() && this.child.exitCode !== null) fail();
    });
  }

  async stop(): Promise<number | null> {
    return this.signal(() => this.child.kill('SIGTERM'));
  }

  /** Ctrl-C in a terminal: SIGINT to every process of the group (launcher, servers, API, worker). */
  async interrupt(): Promise<number | null> {
    return this.signal(() => process.kill(-(this.child.pid ?? 0), 'SIGINT'));
  }

  private async signal(send: () => void): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((r) => this.child.once('exit', (code) => r(code)));
    send();
    return exited;
  }
}

/** Pids of the servers the launcher started, from their own pid files in the data directory. */
function serverPids(dataDir: string): number[] {
  const files = [join(dataDir, 'postgres', 'postmaster.pid'), join(dataDir, 'redis', 'redis.pid')];
  return files.filter((f) => existsSync(f)).map((f) => Number(readFileSync(f, 'utf8').split('\n')[0].trim()));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function getAs<T>(port: number, password: string, username: string, path: string): Promise<T> {
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
  if (res.status !== 200) throw new Error(`GET ${path} as ${username}: ${res.status}`);
  return (await res.json()) as T;
}

/**
 * The demo data of a first start (tools/launcher/demo-cases.mjs, demo-duty.mjs), all made through
 * the API: the township officer's shift running now on a published roster, at least one case in
 * every state of the lifecycle, an incident and a hotspot of 巨鹿镇.
 */
async function expectDemoData(port: number, password: string): Promise<void> {
  const now = Date.now();
  const shifts = await getAs<{ unitName: string; rosterStatus: string; startAt: string; endAt: string; leader: { name: string } }[]>(
    port,
    password,
    'township',
    '/api/duty/shifts/current',
  );
  const running = shifts.filter((s) => Date.parse(s.startAt) <= now && now < Date.parse(s.endAt));
  expect(running).toEqual([expect.objectContaining({ unitName: '巨鹿镇', rosterStatus: 'PUBLISHED', leader: expect.objectContaining({ name: '赵干事（巨鹿镇）' }) })]);
  // Every state of the lifecycle (已归档 and 已终结 included) has at least one demo case.
  const cases = await getAs<{ items: { status: string }[]; nextCursor: string | null }>(port, password, 'admin', '/api/cases?limit=100');
  expect(cases.nextCursor).toBeNull();
  const perState = Object.fromEntries(CASE_STATES.map((state) => [state, cases.items.filter((c) => c.status === state).length]));
  expect(Object.entries(perState).filter(([, n]) => n === 0)).toEqual([]);
  expect(cases.items.every((c) => (CASE_STATES as readonly string[]).includes(c.status))).toBe(true);
  const incidents = await getAs<{ items: { townshipName: string }[] }>(port, password, 'township', '/api/incidents');
  expect(incidents.items.length).toBeGreaterThan(0);
  const hotspots = await getAs<{ items: unknown[] }>(port, password, 'township', '/api/hotspots');
  expect(hotspots.items.length).toBeGreaterThan(0);
}

async function loginStatus(port: number, password: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  return res.status;
}

describe('npm start (tools/launcher/start.mjs)', () => {
  const dataDir = join(root, 'tmp', `launcher-${randomBytes(4).toString('hex')}`);

  beforeAll(() => mkdirSync(dataDir, { recursive: true, mode: 0o755 }));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses PORT=abc, naming PORT, before starting anything', () => {
    const result = spawnSync(process.execPath, ['tools/launcher/start.mjs'], {
      cwd: root,
      env: cleanEnv({ PORT: 'abc', JULU_DATA_DIR: join(dataDir, 'refused') }),
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('"abc"');
    expect(processesMentioning(join(dataDir, 'refused'))).toEqual([]);
  });

  it('stops with install instructions when no redis-server exists, leaving nothing running', () => {
    const dir = join(dataDir, 'no-redis');
    const result = spawnSync(process.execPath, ['tools/launcher/start.mjs'], {
      cwd: root,
      env: cleanEnv({ REDIS_SERVER_BIN: '/nonexistent/redis-server', JULU_DATA_DIR: dir }),
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('apt-get install redis-server');
    expect(result.stderr).toContain('REDIS_URL');
    expect(processesMentioning(dir)).toEqual([]);
  });

  it(
    'starts on embedded PostgreSQL and a child redis-server, stops cleanly on SIGTERM and Ctrl-C, and keeps the data',
    async () => {
      const port = await getFreePort();
      const env = cleanEnv({ PORT: String(port), JULU_DATA_DIR: dataDir });

      const first = new Launcher(env);
      let password: string;
      let pids: number[];
      try {
        // The first start prints the password once the demo data is in (23 cases walked through the API).
        [, password] = await first.waitFor(/Password \(all demo accounts\): (\S+)/, FIRST_START_MS);
        const ready = await fetch(`http://127.0.0.1:${port}/api/health/ready`);
        expect(ready.status).toBe(200);
        expect(await loginStatus(port, password)).toBe(200);
        await expectDemoData(port, password);
        pids = serverPids(dataDir);
        expect(pids).toHaveLength(2);
        expect(pids.every(isAlive)).toBe(true);
        // The child redis-server got a generated password (ready above means the API used it), kept
        // with the other secrets in a folder others cannot list.
        const secrets = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
        expect(secrets.redisPassword).toMatch(/^[\w-]{32}$/);
        expect(statSync(dataDir).mode & 0o777).toBe(0o711);
        expect(statSync(join(dataDir, 'redis')).mode & 0o777).toBe(0o700);
        expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
        expect(processesMentioning(secrets.redisPassword)).toEqual([]);
      } finally {
        expect(await first.stop()).toBe(0);
      }
      expect(pids.filter(isAlive)).toEqual([]);
      expect(processesMentioning(dataDir)).toEqual([]);

      const second = new Launcher(env);
      try {
        await second.waitFor(/demo accounts already exist/);
        expect(await loginStatus(port, password)).toBe(200);
        pids = serverPids(dataDir);
        expect(pids).toHaveLength(2);
      } finally {
        expect(await second.interrupt()).toBe(0);
      }
      expect(pids.filter(isAlive)).toEqual([]);
      expect(processesMentioning(dataDir)).toEqual([]);
    },
    FIRST_START_MS + 120_000,
  );
});
