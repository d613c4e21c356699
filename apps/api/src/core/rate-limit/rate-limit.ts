import { HttpException, HttpStatus } from '@nestjs/common';
import { API_ERROR_CODES } from '@julu/contracts';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** One counter: `limit` attempts per `windowSeconds` for the thing named by `scope` and `parts`. */
export interface RateBucket {
  scope: string;
  parts: readonly string[];
  limit: number;
  windowSeconds: number;
}

export interface RateCount {
  bucket: RateBucket;
  hits: number;
  /** Seconds until the bucket's window ends (at least 1). */
  retryAfterSeconds: number;
}

/** 429 with the seconds to wait; the exception filter turns `retryAfterSeconds` into Retry-After. */
export class TooManyAttemptsException extends HttpException {
  constructor(
    message: (minutes: number) => string,
    readonly retryAfterSeconds: number,
  ) {
    super(
      { code: API_ERROR_CODES.TOO_MANY_REQUESTS, message: message(Math.max(1, Math.ceil(retryAfterSeconds / 60))), details: { retryAfterSeconds } },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * The stored key: the scope in clear (so a person can see what a row limits), then each part hashed
 * on its own, so whatever was typed (a password in the username field) never lands in the table and
 * a leading part can still be matched (clearAttemptsStartingWith).
 */
export function rateLimitKey(bucket: Pick<RateBucket, 'scope' | 'parts'>): string {
  return [bucket.scope, ...bucket.parts.map(hashPart)].join(':');
}

const hashPart = (part: string): string => createHash('sha256').update(part).digest('base64url').slice(0, 22);

/** Expired counters are swept on every this-many counts (per process), so the table stays small. */
const SWEEP_EVERY = 500;
let countsSinceSweep = 0;

/**
 * Counts one attempt in every bucket and returns the counts after it, in one statement: the
 * increment and the read cannot interleave with another request's, so N parallel attempts see
 * N distinct counts and at most `limit` of them are within the limit (PostgreSQL, not Redis:
 * logins and the public lookup must keep working while Redis is away, and the counters live next
 * to the rows they protect). A window starts with its first attempt; the attempt that reaches the
 * limit restarts the window, so a lock lasts a full window from then. Keys are locked in one
 * order (sorted), so two requests sharing buckets cannot deadlock.
 */
export async function countAttempt(m: EntityManager, buckets: readonly RateBucket[]): Promise<RateCount[]> {
  const byKey = new Map(buckets.map((b) => [rateLimitKey(b), b]));
  const keys = [...byKey.keys()].sort();
  const rows: { key: string; hits: number; retry_after: number }[] = await m.query(
    `INSERT INTO rate_limit_counter AS c (key, hits, window_ends_at, limit_hits)
     SELECT k, 1, now() + make_interval(secs => w), l FROM unnest($1::text[], $2::int[], $3::int[]) WITH ORDINALITY AS t(k, w, l, i) ORDER BY i
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN c.window_ends_at <= now() THEN 1 ELSE c.hits + 1 END,
       window_ends_at = CASE WHEN c.window_ends_at <= now() OR c.hits + 1 = EXCLUDED.limit_hits THEN EXCLUDED.window_ends_at ELSE c.window_ends_at END,
       limit_hits = EXCLUDED.limit_hits
     RETURNING key, hits, greatest(1, ceil(extract(epoch FROM window_ends_at - now())))::int AS retry_after`,
    [keys, keys.map((k) => byKey.get(k)?.windowSeconds ?? 1), keys.map((k) => byKey.get(k)?.limit ?? 1)],
  );
  if (++countsSinceSweep >= SWEEP_EVERY) {
    countsSinceSweep = 0;
    await m.query(`DELETE FROM rate_limit_counter WHERE window_ends_at < now() - interval '1 minute'`);
  }
  return rows.map((r) => ({ bucket: byKey.get(r.key) as RateBucket, hits: r.hits, retryAfterSeconds: r.retry_after }));
}

/** The longest wait among the buckets whose count is past their limit (`orAt`: at or past), or null. */
export function exceeded(counts: readonly RateCount[], orAt = false): RateCount | null {
  const over = counts.filter((c) => c.hits > c.bucket.limit || (orAt && c.hits >= c.bucket.limit));
  return over.sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0] ?? null;
}

/**
 * Counts an attempt; when any bucket is past its limit, the attempt is refused and taken back from
 * every bucket, so attempts that were never tried do not fill the other buckets (an address locked
 * out of one code must not go on filling the code's shared budget by hammering it).
 */
export async function takeAttempt(m: EntityManager, buckets: readonly RateBucket[], message: (minutes: number) => string): Promise<RateCount[]> {
  const counts = await countAttempt(m, buckets);
  const over = exceeded(counts);
  if (!over) return counts;
  await refundAttempt(m, buckets);
  throw new TooManyAttemptsException(message, over.retryAfterSeconds);
}

/*
 * Refunds and clears touch one row per statement: a statement holding no other counter's lock
 * cannot close a deadlock cycle with countAttempt's sorted multi-row insert.
 */

/** Takes back one counted attempt (it turned out not to be a failure, or was refused untried). */
export async function refundAttempt(m: EntityManager, buckets: readonly RateBucket[]): Promise<void> {
  for (const bucket of buckets) {
    await m.query('UPDATE rate_limit_counter SET hits = hits - 1 WHERE key = $1 AND hits > 0', [rateLimitKey(bucket)]);
  }
}

/** Forgets the buckets altogether (a success ends a run of failures). */
export async function clearAttempts(m: EntityManager, buckets: readonly RateBucket[]): Promise<void> {
  for (const bucket of buckets) {
    await m.query('DELETE FROM rate_limit_counter WHERE key = $1', [rateLimitKey(bucket)]);
  }
}

/** Forgets every bucket of `scope` whose parts begin with `leading` (an administrator's unlock). */
export async function clearAttemptsStartingWith(m: EntityManager, scope: string, leading: readonly string[]): Promise<void> {
  await m.query(`DELETE FROM rate_limit_counter WHERE key LIKE $1`, [`${rateLimitKey({ scope, parts: leading }).replace(/_/g, '\\_')}:%`]);
}
