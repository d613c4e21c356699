import { type ApiProcess, FaultSystem } from './support/fault-system';
import { caseBody, createPetitioner, login, send, townshipId } from './support/intake';
import { pause, waitUntil } from './support/wait';

const HEARTBEAT_MS = 500;
const RECONNECT_MS = 250;

/** One connection of the event stream, read as the web app reads it (fetch, bearer header). */
interface Connection {
  status: number;
  events: string[];
  comments: string[];
  ended: boolean;
}

/**
 * A client that keeps a stream open as the web app's LiveUpdates does: when the stream is refused
 * or ends it tries again (here after a short fixed delay instead of the app's backoff).
 */
class StreamClient {
  readonly connections: Connection[] = [];
  private readonly abort = new AbortController();
  private running = true;

  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {
    void this.run();
  }

  get current(): Connection | undefined {
    return this.connections.at(-1);
  }

  /** The open connection, once the server has said `ready` on it. */
  get live(): Connection | undefined {
    const c = this.current;
    return c && c.status === 200 && !c.ended && c.events.includes('ready') ? c : undefined;
  }

  close(): void {
    this.running = false;
    this.abort.abort();
  }

  private async run(): Promise<void> {
    while (this.running) {
      await this.connectOnce().catch(() => undefined);
      if (this.running) await pause(RECONNECT_MS);
    }
  }

  private async connectOnce(): Promise<void> {
    const connection: Connection = { status: 0, events: [], comments: [], ended: false };
    this.connections.push(connection);
    try {
      const res = await fetch(`${this.base}/api/live/stream`, { headers: { Authorization: `Bearer ${this.token}`, Accept: 'text/event-stream' }, signal: this.abort.signal });
      connection.status = res.status;
      if (res.status !== 200 || !res.body) {
        await res.body?.cancel();
        return;
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event === 'hint' && data) connection.events.push(`hint:${(JSON.parse(data) as { topic: string }).topic}`);
          else if (event) connection.events.push(event);
          for (const line of block.split('\n')) if (line.startsWith(':')) connection.comments.push(line.slice(1).trim());
        }
      }
    } finally {
      connection.ended = true;
    }
  }
}

/**
 * Redis restarted while a user holds the live update stream: the API drops the stream, refuses new
 * ones while its subscription is down (the client polls), subscribes again by itself once Redis is
 * back, and a change made after the restart reaches the reconnected client.
 */
describe('Redis restarted under an open live update stream (built API)', () => {
  let system: FaultSystem;
  let api: ApiProcess;
  let client: StreamClient | undefined;

  beforeAll(async () => {
    system = await FaultSystem.start('live-redis-restart', { LIVE_HEARTBEAT_MS: String(HEARTBEAT_MS) });
    api = await system.startApi();
  });

  afterAll(async () => {
    client?.close();
    await system?.stop();
  });

  it('drops the stream, refuses new ones while Redis is away, then resubscribes and delivers the next change', async () => {
    const reception = await login(api.base, 'reception');
    const handler = await login(api.base, 'handler');
    const township = await townshipId(system.sql);
    const handlerUnit = (await system.sql.query<{ id: string }>(`SELECT org_unit_id AS id FROM app_user WHERE username = 'handler'`)).rows[0].id;
    await waitUntil('the API to be ready (database and Redis)', async () => (await send(api.base, 'GET', '/api/health/ready', null)).status === 200);

    client = new StreamClient(api.base, handler);
    const first = await waitUntil('the handler stream to open', async () => client?.live);
    await waitUntil('a heartbeat on the first stream', async () => first.comments.includes('heartbeat'));

    await system.killRedis();
    // The subscription's loss ends the open stream (its hints could no longer come).
    await waitUntil('the stream to end with Redis gone', async () => first.ended);
    // While the subscription is down the API offers no stream: the client is refused and polls.
    const refused = await waitUntil('a stream refused while Redis is away', async () => client?.connections.find((c) => c !== first && c.status === 503));
    expect(refused.status).toBe(503);
    expect(client.live).toBeUndefined();

    await system.startRedis();
    await waitUntil('the API to be ready again', async () => (await send(api.base, 'GET', '/api/health/ready', null)).status === 200, 60_000);
    // The client reconnects and the API, subscribed again, accepts the stream.
    const second = await waitUntil('the stream to be open again after the restart', async () => client?.live, 60_000);
    expect(second).not.toBe(first);
    await waitUntil('a heartbeat on the reopened stream', async () => second.comments.includes('heartbeat'));

    // A change after the restart: the desk forwards a case to the handler's unit, whose users are notified.
    const petitionerId = await createPetitioner(api.base, reception, '实时推送信访人', township);
    const registered = await send(api.base, 'POST', '/api/cases', reception, caseBody('重启后转送', township, petitionerId), 'live-redis-restart-case');
    expect(registered.status).toBe(201);
    const caseId = (registered.body as { case: { id: string; version: number } }).case.id;
    const workflow = await send(api.base, 'GET', `/api/cases/${caseId}/workflow`, reception);
    const forwarded = await send(
      api.base,
      'POST',
      `/api/cases/${caseId}/transitions`,
      reception,
      {
        expectedVersion: (workflow.body as { version: number }).version,
        action: 'FORWARD',
        handlingUnitId: handlerUnit,
      },
      'live-redis-restart-forward',
    );
    expect(forwarded.status).toBe(201);
    await waitUntil('the notification hint to reach the reopened stream', async () => second.events.includes('hint:notifications'), 10_000);
    expect(second.ended).toBe(false);
    console.log(
      `[faults] live stream over a Redis restart: ${client.connections.length} connection attempts, ${client.connections.filter((c) => c.status === 503).length} refused (503) while Redis was away`,
    );
  });
});
