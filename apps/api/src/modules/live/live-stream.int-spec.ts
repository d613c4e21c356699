import { API_ROUTES, type LiveHintMessage } from '@julu/contracts';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../workflow';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { testRedisUrl, uniquePrefix } from '../../../test/test-database';
import { waitUntil } from '../../../test/wait-until';
import type { LiveHint } from '../../core/live/live-hints';
import { LivePublisher } from '../../core/live/live-publisher.service';
import { MAX_STREAMS_PER_USER, LiveStreamService } from './live-stream.service';

const PASSWORD = 'Live-updates-2026!';
const USERS = ['supervisor', 'reception', 'handler', 'township'] as const;

/** The heartbeat interval this spec runs the API with, short enough to wait for one. */
const HEARTBEAT_MS = 300;

/** Waits (apps/api/test/wait-until.ts) for what a test expects to happen; fails naming it when it does not. */
async function waitFor(condition: () => boolean | Promise<boolean>, ms = 5000, what = 'the condition'): Promise<void> {
  if (!(await waitUntil(async () => condition(), ms, 20))) throw new Error(`${what} did not happen within ${ms} ms`);
}

interface Stream {
  status: number;
  events: string[];
  /** Comment lines (`: …`), the heartbeat among them. */
  comments: string[];
  hints: LiveHintMessage[];
  ended: () => boolean;
  close: () => void;
}

/** Reads the event stream the way the web app does: fetch with the bearer header, parsed line by line. */
async function open(base: string, headers: Record<string, string>, path: string = API_ROUTES.liveStream): Promise<Stream> {
  const abort = new AbortController();
  const res = await fetch(base + path, { headers, signal: abort.signal });
  const stream: Stream = { status: res.status, events: [], comments: [], hints: [], ended: () => done, close: () => abort.abort() };
  let done = res.status !== 200;
  if (res.status !== 200 || !res.body) return stream;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) stream.events.push(event);
          for (const line of block.split('\n')) if (line.startsWith(':')) stream.comments.push(line.slice(1).trim());
          if (event === 'hint' && data) stream.hints.push(JSON.parse(data) as LiveHintMessage);
        }
      }
    } catch {
      // aborted
    }
    done = true;
  })();
  return stream;
}

describe('live updates: the event stream (issue 17)', () => {
  let s: SeededApp;
  let base: string;
  let prefix: string;
  let publisher: LivePublisher;
  const ids: Record<string, { id: string; unit: string }> = {};
  const streams: Stream[] = [];
  const stream = async (user: string): Promise<Stream> => {
    const st = await open(base, s.auth[user]);
    streams.push(st);
    expect(st.status).toBe(200);
    await waitFor(() => st.events.includes('ready'));
    return st;
  };
  const publish = (hint: LiveHint): Promise<void> => publisher.publish(hint);
  /** Publishes a hint every stream hears, and waits until each has it: whatever was sent before has arrived by then. */
  const settle = async (...all: Stream[]): Promise<void> => {
    const period = `2099-${String(streams.length).padStart(2, '0')}`;
    const county = await s.unitId('巨鹿县信访局');
    await publish({ topic: 'indicators', period, unitIds: [county, ids['township'].unit] });
    await waitFor(() => all.every((st) => st.hints.some((h) => h.period === period)));
  };

  beforeAll(async () => {
    prefix = uniquePrefix();
    s = await startSeededApp(PASSWORD, USERS, { QUEUE_PREFIX: prefix, LIVE_HEARTBEAT_MS: String(HEARTBEAT_MS) });
    await s.app.listen(0, '127.0.0.1');
    base = await s.app.getUrl();
    publisher = s.app.get(LivePublisher);
    const rows: { username: string; id: string; org_unit_id: string }[] = await s.dataSource.query('SELECT username, id, org_unit_id FROM app_user WHERE username = ANY($1)', [
      [...USERS],
    ]);
    for (const r of rows) ids[r.username] = { id: r.id, unit: r.org_unit_id };
    await waitFor(() => s.app.get(LiveStreamService).isReady());
  });

  afterEach(() => {
    for (const st of streams.splice(0)) st.close();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('refuses a stream without a valid bearer token, and never reads one from the URL', async () => {
    expect((await open(base, {})).status).toBe(401);
    expect((await open(base, { Authorization: 'Bearer not-a-token' })).status).toBe(401);
    const token = s.auth['supervisor']['Authorization'].slice('Bearer '.length);
    expect((await open(base, {}, `${API_ROUTES.liveStream}?access_token=${token}`)).status).toBe(401);
    expect((await open(base, {}, `${API_ROUTES.liveStream}?token=${token}`)).status).toBe(401);
  });

  it('sends per-user topics only to that user, and only the topic', async () => {
    const [supervisor, reception] = [await stream('supervisor'), await stream('reception')];
    await publish({ topic: 'notifications', userIds: [ids['supervisor'].id] });
    await settle(supervisor, reception);
    expect(supervisor.hints).toContainEqual({ topic: 'notifications' });
    expect(reception.hints.filter((h) => h.topic === 'notifications')).toEqual([]);

    await publish({ topic: 'notifications', userIds: [ids['reception'].id] });
    await waitFor(() => reception.hints.some((h) => h.topic === 'notifications'));
    // Nothing but the topic (and an indicator period) ever reaches the browser: no ids, no names.
    for (const h of [...supervisor.hints, ...reception.hints]) expect(Object.keys(h).every((k) => k === 'topic' || k === 'period')).toBe(true);
  });

  it("sends 我的工作 hints to the units concerned, and indicator hints only within an officer's township", async () => {
    const [handler, township, supervisor] = [await stream('handler'), await stream('township'), await stream('supervisor')];
    await publish({ topic: 'my-work', unitIds: [ids['handler'].unit] });
    const otherTownship = (await s.dataSource.query(`SELECT id FROM org_unit WHERE type = 'TOWNSHIP' AND id <> $1 LIMIT 1`, [ids['township'].unit]))[0].id as string;
    await publish({ topic: 'indicators', period: '2026-11', unitIds: [otherTownship] });
    await settle(township, supervisor);
    await waitFor(() => handler.hints.some((h) => h.topic === 'my-work'));
    expect(township.hints.filter((h) => h.topic === 'my-work' || h.period === '2026-11')).toEqual([]);
    expect(supervisor.hints).toContainEqual({ topic: 'indicators', period: '2026-11' });
    expect(supervisor.hints.filter((h) => h.topic === 'my-work')).toEqual([]);
    // Handlers read no dashboard: no indicator hints at all.
    expect(handler.hints.filter((h) => h.topic === 'indicators')).toEqual([]);
  });

  it('announces a notification once its transaction commits, and never one that rolled back', async () => {
    const supervisor = await stream('supervisor');
    const notifications = s.app.get(NotificationsService);
    const appData = s.app.get(DataSource);
    const note = { kind: 'ASSIGNMENT' as const, title: '测试', body: '测试通知', caseId: null };
    await appData
      .transaction(async (m) => {
        await notifications.notifyUsers(m, [ids['supervisor'].id], { ...note, dedupeKey: `rollback-${prefix}` });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await settle(supervisor);
    expect(supervisor.hints.filter((h) => h.topic === 'notifications')).toEqual([]);

    await appData.transaction((m) => notifications.notifyUsers(m, [ids['supervisor'].id], { ...note, dedupeKey: `commit-${prefix}` }));
    await waitFor(() => supervisor.hints.some((h) => h.topic === 'notifications'));
  });

  it('hears nothing published under another queue prefix (a parallel system on the same Redis)', async () => {
    const supervisor = await stream('supervisor');
    const other = new Redis(testRedisUrl());
    try {
      await other.publish(`${uniquePrefix()}:live-hints`, JSON.stringify({ topic: 'notifications', userIds: [ids['supervisor'].id] }));
    } finally {
      other.disconnect();
    }
    await settle(supervisor);
    expect(supervisor.hints.filter((h) => h.topic === 'notifications')).toEqual([]);
  });

  it(`limits a user to ${MAX_STREAMS_PER_USER} open streams, and frees a place when one closes`, async () => {
    const own: Stream[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i++) own.push(await stream('reception'));
    const refused = await open(base, s.auth['reception']);
    expect(refused.status).toBe(429);
    own[0].close();
    await waitFor(() => s.app.get(LiveStreamService).count(ids['reception'].id) === MAX_STREAMS_PER_USER - 1);
    await stream('reception');
  });

  it('keeps an idle stream alive with a heartbeat comment at the configured interval', async () => {
    const supervisor = await stream('supervisor');
    // Only heartbeats are comments (a busy machine may deliver the first before the stream is read).
    expect(supervisor.comments.every((c) => c === 'heartbeat')).toBe(true);
    const beats = (): number => supervisor.comments.filter((c) => c === 'heartbeat').length;
    const before = beats();
    await waitFor(() => beats() > before, HEARTBEAT_MS * 10, 'a heartbeat on the wire');
    // More follow while the stream is open.
    await waitFor(() => beats() > before + 1, HEARTBEAT_MS * 10, 'a second heartbeat');
    expect(supervisor.ended()).toBe(false);
  });

  it('cuts a stream off at the heartbeat once its session has ended (here: the account is disabled)', async () => {
    const [handler, supervisor] = [await stream('handler'), await stream('supervisor')];
    await s.dataSource.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [ids['handler'].id]);
    await s.app.get(LiveStreamService).beat();
    await waitFor(() => handler.ended());
    expect(supervisor.ended()).toBe(false);
    await settle(supervisor);
  });

  it('ends open streams as soon as the app shuts down (they must not hold the server open)', async () => {
    const supervisor = await stream('supervisor');
    const started = Date.now();
    const closing = s.app.close();
    await waitFor(() => supervisor.ended(), 1000);
    // The close itself may still wait for a spare socket the client opened without a request.
    await closing;
    expect(Date.now() - started).toBeLessThan(10_000);
    s.app = null as never;
    s.close = async () => {
      await s.dataSource.destroy();
      await s.db.drop();
    };
  });
});
