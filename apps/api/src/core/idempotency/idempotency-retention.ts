import type { EntityManager } from 'typeorm';

/** How long a create's first response stays available for replay under its Idempotency-Key. */
export const IDEMPOTENCY_RETENTION_DAYS = 7;

/** Drops the keys older than the retention (idempotency_key is core's); answers how many went. */
export async function purgeExpiredIdempotencyKeys(m: EntityManager, days = IDEMPOTENCY_RETENTION_DAYS): Promise<number> {
  const keys: { n: number }[] = await m.query(
    `WITH gone AS (DELETE FROM idempotency_key WHERE created_at < now() - make_interval(days => $1) RETURNING 1) SELECT count(*)::int AS n FROM gone`,
    [days],
  );
  return keys[0].n;
}
