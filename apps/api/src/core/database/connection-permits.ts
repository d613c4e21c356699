import type { DataSource } from 'typeorm';

/**
 * A counting semaphore for work that holds a pooled connection in a transaction while its body
 * may ask the pool for another one (a read through the DataSource, outside the transaction).
 * Without a cap, as many such requests as the pool has connections each hold one and all wait
 * for a second: nobody progresses until the pool's connect timeout fails them (500s). Waiting
 * here instead costs only queueing; the permits leave half the pool for those second connections
 * and for every other request.
 */
export class ConnectionPermits {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`ConnectionPermits needs a positive size, not ${size}`);
    this.free = size;
  }

  /** Half the DataSource's pool (pg `max`, default 10), at least one. */
  static forPoolOf(dataSource: DataSource): ConnectionPermits {
    const extra = (dataSource.options as { extra?: { max?: unknown } }).extra;
    const max = typeof extra?.max === 'number' ? extra.max : 10;
    return new ConnectionPermits(Math.max(1, Math.floor(max / 2)));
  }

  /** How many are waiting for a permit (for tests and diagnostics). */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next)
        next(); // the permit passes straight on
      else this.free++;
    }
  }
}
