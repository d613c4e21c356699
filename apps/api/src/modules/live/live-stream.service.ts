import { type BeforeApplicationShutdown, HttpException, HttpStatus, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { API_ERROR_CODES, type CurrentUser, LIVE_EVENTS } from '@julu/contracts';
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../core/config/app-config';
import { createWorkerConnection } from '../../core/queue/redis-connection';
import { AuthService } from '../identity';
import { LiveConnection } from './live-connections';
import { liveChannel, parseLiveHint } from '../../core/live/live-hints';

/** Tabs a user may keep streaming at once; more fall back to polling. */
export const MAX_STREAMS_PER_USER = 6;
/** A stream asked for while the subscription is (re)connecting waits this long before it is refused. */
const SUBSCRIBE_WAIT_MS = 2000;

/** A promise settled from outside: the subscriber's `subscribe` settles the one streams wait on. */
interface Signal {
  promise: Promise<void>;
  resolve: () => void;
  settled: boolean;
}

function signal(): Signal {
  const s = { settled: false } as Signal;
  s.promise = new Promise<void>((resolve) => {
    s.resolve = () => {
      s.settled = true;
      resolve();
    };
  });
  return s;
}

/**
 * The API side of live updates: one Redis subscription per process, fanned out to the open event
 * streams. Each stream hears only what its user may hear (LiveConnection.wants), is kept alive by
 * a heartbeat that also re-checks its token (an expired or revoked session is cut off, the client
 * reconnects with a fresh one), and ends with the app. While the subscription is down no stream
 * is offered: clients poll instead.
 */
@Injectable()
export class LiveStreamService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveStreamService.name);
  private readonly connections = new Map<string, Set<LiveConnection>>();
  private subscriber: Redis | null = null;
  private subscribed = false;
  /** Settles when the subscription is up; a fresh one is pending again after each loss. */
  private subscription = signal();
  private heartbeat: NodeJS.Timeout | null = null;
  private beating = false;

  constructor(
    private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  onModuleInit(): void {
    const channel = liveChannel(this.config.QUEUE_PREFIX);
    const subscriber = createWorkerConnection(this.config.REDIS_URL, 'julu-api-live');
    subscriber.on('error', () => undefined);
    // ioredis subscribes again by itself after a reconnect; streams cut at the loss are reopened by the clients.
    subscriber.on(
      'ready',
      () =>
        void subscriber.subscribe(channel).then(
          () => this.markSubscribed(),
          () => undefined,
        ),
    );
    subscriber.on('close', () => {
      if (this.subscribed) this.logger.warn('Live updates paused: Redis subscription lost');
      this.subscribed = false;
      if (this.subscription.settled) this.subscription = signal();
      this.endAll();
    });
    subscriber.on('message', (_channel: string, raw: string) => this.fanOut(raw));
    this.subscriber = subscriber;
    this.heartbeat = setInterval(() => void this.beat(), this.config.LIVE_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  isReady(): boolean {
    return this.subscribed;
  }

  /** Opens the event stream of an authenticated request (just after boot, once the subscription is up). */
  async open(user: CurrentUser, token: string, req: Request, res: Response): Promise<void> {
    if (!this.subscribed && this.subscriber) await this.untilSubscribed(SUBSCRIBE_WAIT_MS);
    if (!this.subscribed) {
      throw new HttpException({ code: API_ERROR_CODES.SERVICE_UNAVAILABLE, message: '实时更新暂不可用，页面将定时刷新' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    const own = this.connections.get(user.id) ?? new Set<LiveConnection>();
    if (own.size >= MAX_STREAMS_PER_USER) {
      throw new HttpException(
        { code: API_ERROR_CODES.TOO_MANY_REQUESTS, message: `同一账号最多同时打开 ${MAX_STREAMS_PER_USER} 个实时更新页面，其余页面将定时刷新` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    // Reverse proxies (nginx) must pass each hint on at once instead of buffering the response.
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    req.socket.setNoDelay(true);
    req.socket.setKeepAlive(true);
    const connection = new LiveConnection(user, token, res);
    own.add(connection);
    this.connections.set(user.id, own);
    connection.write(`event: ${LIVE_EVENTS.ready}\ndata: {}\n\n`);
    this.logger.debug(`Live stream opened for user ${user.id} (${own.size} open)`);
    res.on('close', () => this.remove(user.id, connection));
  }

  /** Open streams (all users, or one user's). */
  count(userId?: string): number {
    if (userId) return this.connections.get(userId)?.size ?? 0;
    let n = 0;
    for (const set of this.connections.values()) n += set.size;
    return n;
  }

  beforeApplicationShutdown(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.subscribed = false;
    // Streams waiting for the subscription are refused at once.
    this.subscription.resolve();
    // Open streams would hold the HTTP server's close forever.
    this.endAll();
    this.subscriber?.disconnect();
    this.subscriber = null;
  }

  private markSubscribed(): void {
    if (!this.subscriber) return;
    this.subscribed = true;
    this.subscription.resolve();
  }

  /** Waits for the subscription to come up, at most `ms`. */
  private async untilSubscribed(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    try {
      await Promise.race([this.subscription.promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private fanOut(raw: string): void {
    const hint = parseLiveHint(raw);
    if (!hint) return;
    for (const set of this.connections.values()) for (const c of set) if (c.wants(hint)) c.send(hint);
  }

  private remove(userId: string, connection: LiveConnection): void {
    connection.end();
    const own = this.connections.get(userId);
    own?.delete(connection);
    if (own?.size === 0) this.connections.delete(userId);
    this.logger.debug(`Live stream closed for user ${userId}`);
  }

  private endAll(): void {
    for (const set of this.connections.values()) for (const c of set) c.end();
    this.connections.clear();
  }

  /** Keeps each stream alive and drops those whose session has ended (expired, logged out, disabled). */
  async beat(): Promise<void> {
    // A slow database must not stack one round of checks on another.
    if (this.beating) return;
    this.beating = true;
    try {
      await this.checkAll();
    } finally {
      this.beating = false;
    }
  }

  private async checkAll(): Promise<void> {
    for (const [userId, set] of this.connections) {
      for (const c of set) {
        const session = await this.auth.userForToken(c.token).catch(() => undefined);
        if (session === null) this.remove(userId, c);
        else {
          if (session) c.user = session.user;
          c.write(': heartbeat\n\n');
        }
      }
    }
  }
}
