import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { API_ROUTES, LIVE_EVENTS, LIVE_HEARTBEAT_MS, type LiveHintMessage, type LiveTopic } from '@julu/contracts';
import { BehaviorSubject, defer, distinctUntilChanged, EMPTY, filter, finalize, interval, map, merge, type Observable, pairwise, Subject, switchMap } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { SseParser } from './sse-parser';

/** Reconnect delays grow to this (with jitter) while the stream keeps failing. */
const MAX_BACKOFF_MS = 30_000;
/** A stream silent for this long (no hint, no heartbeat) is taken for dead and reopened. */
const SILENCE_MS = LIVE_HEARTBEAT_MS * 2 + 5_000;

export type LiveState = 'off' | 'connecting' | 'live' | 'down';

/**
 * Live updates: one event stream per tab, read with fetch so the bearer token travels in the
 * Authorization header (never in a URL). The server pushes content-free hints ("notifications
 * changed"); pages refetch through their usual APIs. While the stream is down pages poll as before
 * (`changes(topic, pollMs)`), and after a reconnect they refetch once, since hints may have been missed.
 */
@Injectable({ providedIn: 'root' })
export class LiveUpdates {
  private readonly auth = inject(AuthService);
  private readonly hints = new Subject<LiveHintMessage>();
  private readonly live$ = new BehaviorSubject(false);
  private readonly stateSignal = signal<LiveState>('off');
  readonly state = this.stateSignal.asReadonly();
  readonly connected = computed(() => this.stateSignal() === 'live');
  private listeners = 0;
  private abort: AbortController | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;

  constructor() {
    effect(() => {
      const loggedIn = this.auth.isLoggedIn();
      untracked(() => (loggedIn ? this.ensureOpen() : this.close()));
    });
  }

  /**
   * Emits when the topic may have changed: on each matching hint, once after the stream
   * (re)connects, and every `pollMs` while it is down. The stream stays open while anyone listens.
   */
  changes(topic: LiveTopic, pollMs: number, accept: (hint: LiveHintMessage) => boolean = () => true): Observable<void> {
    return defer(() => {
      this.listeners++;
      this.ensureOpen();
      const live = this.live$.pipe(distinctUntilChanged());
      return merge(
        this.hints.pipe(filter((h) => h.topic === topic && accept(h))),
        live.pipe(
          pairwise(),
          filter(([before, now]) => !before && now),
        ),
        live.pipe(switchMap((up) => (up ? EMPTY : interval(pollMs)))),
      ).pipe(
        map(() => undefined),
        finalize(() => {
          if (--this.listeners === 0) this.close();
        }),
      );
    });
  }

  private ensureOpen(): void {
    if (this.abort || this.retry || this.listeners === 0 || !this.auth.isLoggedIn() || !streamingSupported()) return;
    const abort = new AbortController();
    this.abort = abort;
    this.setState('connecting');
    void this.run(abort).then((retryAfterMs) => {
      if (this.abort !== abort) return;
      this.abort = null;
      this.setState('down');
      if (retryAfterMs !== null) this.retry = setTimeout(() => ((this.retry = null), this.ensureOpen()), retryAfterMs);
    });
  }

  private close(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const abort = this.abort;
    this.abort = null;
    abort?.abort();
    this.setState('off');
  }

  /** Reads one stream until it ends; answers when to try again (null: not at all). */
  private async run(abort: AbortController): Promise<number | null> {
    try {
      if (this.auth.needsRefresh() && !(await this.auth.refresh())) return null;
      const token = this.auth.token();
      if (!token) return null;
      const res = await fetch(API_ROUTES.liveStream, { headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' }, cache: 'no-store', signal: abort.signal });
      if (res.status === 401) return (await this.auth.refresh()) ? this.backoff(0) : null;
      if (res.status !== 200 || !res.body) return this.backoff(res.status === 429 ? MAX_BACKOFF_MS : 0);
      await this.read(res.body, abort);
    } catch {
      // Network error, abort, or a silent stream cut by the watchdog: reconnect below.
    }
    return abort.signal.aborted && this.abort !== abort ? null : this.backoff(0);
  }

  private async read(body: ReadableStream<Uint8Array>, abort: AbortController): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    let watchdog = setTimeout(() => abort.abort(), SILENCE_MS);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        clearTimeout(watchdog);
        watchdog = setTimeout(() => abort.abort(), SILENCE_MS);
        for (const e of parser.push(decoder.decode(value, { stream: true }))) {
          if (e.event === LIVE_EVENTS.ready) {
            this.failures = 0;
            this.setState('live');
          } else if (e.event === LIVE_EVENTS.hint) this.emit(e.data);
        }
      }
    } finally {
      clearTimeout(watchdog);
      reader.releaseLock();
    }
  }

  private emit(data: string): void {
    try {
      this.hints.next(JSON.parse(data) as LiveHintMessage);
    } catch {
      // A malformed hint is dropped; the next poll or hint catches up.
    }
  }

  /** 1 s, 2 s, 4 s … up to 30 s, each ±20 %, so tabs of a restarted server do not return all at once. */
  private backoff(atLeastMs: number): number {
    const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.failures++);
    return Math.max(atLeastMs, Math.round(base * (0.8 + Math.random() * 0.4)));
  }

  private setState(state: LiveState): void {
    this.stateSignal.set(state);
    this.live$.next(state === 'live');
  }
}

function streamingSupported(): boolean {
  return typeof fetch === 'function' && typeof TextDecoder === 'function' && typeof AbortController === 'function';
}
