import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { waitUntil } from '../../../testing/wait-until';
import { LiveUpdates } from './live-updates.service';

/** A stand-in for the server at the network boundary: each call to fetch gets the next scripted answer. */
class FakeServer {
  readonly calls: { url: string; headers: Record<string, string> }[] = [];
  private readonly answers: (() => { status: number; body: ReturnType<FakeServer['stream']> | null })[] = [];
  private push: ((chunk: string | null) => void) | null = null;

  answer(status: number): void {
    this.answers.push(() => ({ status, body: status === 200 ? this.stream() : null }));
  }

  send(chunk: string): void {
    this.push?.(chunk);
  }

  hangUp(): void {
    this.push?.(null);
  }

  readonly fetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }): Promise<unknown> => {
    this.calls.push({ url, headers: init.headers });
    const next = this.answers.shift();
    return Promise.resolve(next ? next() : { status: 503, body: null });
  };

  private stream(): { getReader: () => { read: () => Promise<{ value?: Uint8Array; done: boolean }>; releaseLock: () => void } } {
    const queue: (string | null)[] = [];
    let wake: (() => void) | null = null;
    this.push = (chunk) => {
      queue.push(chunk);
      wake?.();
    };
    return {
      getReader: () => ({
        read: async () => {
          while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
          const chunk = queue.shift() ?? null;
          return chunk === null ? { done: true } : { value: new TextEncoder().encode(chunk), done: false };
        },
        releaseLock: () => undefined,
      }),
    };
  }
}

/** Waits (testing/wait-until.ts) for what the test expects; fails when it does not happen in time. */
async function waitFor(condition: () => boolean, ms = 3000): Promise<void> {
  if (!(await waitUntil(condition, ms))) throw new Error(`condition not met within ${ms} ms: ${condition.toString()}`);
}

describe('LiveUpdates', () => {
  let server: FakeServer;
  let live: LiveUpdates;

  beforeEach(() => {
    server = new FakeServer();
    Object.assign(globalThis, { fetch: server.fetch, TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder, TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });
    sessionStorage.setItem(
      'julu.session',
      JSON.stringify({
        accessToken: 'access-1',
        refreshToken: 'r',
        expiresAt: Date.now() + 600_000,
        user: { id: 'u1', username: 'supervisor', displayName: '王督查', role: 'SUPERVISOR', orgUnitId: 'b1' },
      }),
    );
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    live = TestBed.inject(LiveUpdates);
  });

  afterEach(() => {
    sessionStorage.clear();
    TestBed.resetTestingModule();
  });

  it('opens one stream with the bearer header (no token in the URL) and emits on hints of its topic only', async () => {
    server.answer(200);
    let bell = 0;
    let work = 0;
    const a = live.changes('notifications', 60_000).subscribe(() => bell++);
    const b = live.changes('my-work', 60_000).subscribe(() => work++);
    await waitFor(() => server.calls.length === 1);
    expect(server.calls[0]).toEqual({ url: '/api/live/stream', headers: { Authorization: 'Bearer access-1', Accept: 'text/event-stream' } });
    server.send('event: ready\ndata: {}\n\n');
    await waitFor(() => live.connected());
    // Once open, each listener refetches once: a change between its first load and the stream opening was not hinted.
    await waitFor(() => bell === 1 && work === 1);
    server.send('event: hint\ndata: {"topic":"notifications"}\n\n: heartbeat\n\n');
    await waitFor(() => bell === 2);
    expect(work).toBe(1);
    a.unsubscribe();
    b.unsubscribe();
    expect(live.state()).toBe('off');
    expect(server.calls).toHaveLength(1);
  });

  it('polls while the stream is refused, reconnects with backoff and refetches once when it is back', async () => {
    server.answer(503);
    server.answer(200);
    let calls = 0;
    const sub = live.changes('my-work', 100).subscribe(() => calls++);
    await waitFor(() => live.state() === 'down');
    // Down: the old polling takes over.
    await waitFor(() => calls >= 2);
    // The second attempt comes after the first backoff (about a second) and is answered.
    await waitFor(() => server.calls.length === 2, 3000);
    const before = calls;
    server.send('event: ready\ndata: {}\n\n');
    await waitFor(() => live.connected());
    // Reconnected: one refetch for what may have been missed.
    await waitFor(() => calls === before + 1);
    // The server hangs up: down again, and polling resumes.
    server.hangUp();
    await waitFor(() => live.state() === 'down');
    await waitFor(() => calls >= before + 3);
    sub.unsubscribe();
  });
});
