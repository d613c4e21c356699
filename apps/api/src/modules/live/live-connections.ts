import type { CurrentUser } from '@julu/contracts';
import type { Response } from 'express';
import { type LiveHint, messageOf } from '../../core/live/live-hints';

/** Hints to one connection within this window go out together, each topic once. */
const FLUSH_MS = 100;

/** One open event stream: whose it is, the token it was opened with (re-checked on each heartbeat). */
export class LiveConnection {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private ended = false;

  constructor(
    public user: CurrentUser,
    readonly token: string,
    private readonly res: Response,
  ) {}

  /** Whether the hint is meant for this user: per-user topics to that user only, work to its unit, figures to who may read them. */
  wants(hint: LiveHint): boolean {
    switch (hint.topic) {
      case 'notifications':
        return hint.userIds.includes(this.user.id);
      case 'my-work':
        return this.user.role !== 'ADMIN' && this.user.orgUnitId !== null && hint.unitIds.includes(this.user.orgUnitId);
      case 'indicators':
        // The dashboard's readers; a township officer hears only about figures of its own township.
        if (this.user.role === 'HANDLER') return false;
        if (this.user.role !== 'TOWNSHIP_OFFICER') return true;
        return this.user.orgUnitId !== null && hint.unitIds.includes(this.user.orgUnitId);
    }
  }

  send(hint: LiveHint): void {
    if (this.ended) return;
    this.pending.add(JSON.stringify(messageOf(hint)));
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  write(chunk: string): void {
    if (!this.ended) this.res.write(chunk);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.timer) clearTimeout(this.timer);
    // A stream's connection is never reused for another request: closing it lets the server shut down at once.
    this.res.end();
    this.res.socket?.destroySoon();
  }

  private flush(): void {
    this.timer = null;
    const lines = [...this.pending].map((data) => `event: hint\ndata: ${data}\n\n`);
    this.pending.clear();
    this.write(lines.join(''));
  }
}
