import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * How long the log of public lookups (`public_lookup_attempt`: address, query code, success) is
 * kept: 网络安全法 Art 21(三) asks for network logs of at least six months; past that the log
 * only grows and says which codes an address tried.
 */
export const PUBLIC_LOOKUP_RETENTION_DAYS = 180;

/** The worker's daily clean-up of the public lookup log. Idempotent: a second run removes nothing. */
@Injectable()
export class PublicLookupRetention {
  private readonly logger = new Logger(PublicLookupRetention.name);

  constructor(private readonly dataSource: DataSource) {}

  async run(): Promise<{ removed: number }> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM public_lookup_attempt WHERE at < now() - make_interval(days => $1) RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [PUBLIC_LOOKUP_RETENTION_DAYS],
    );
    if (n > 0) this.logger.log(`Public lookup log: ${n} entries older than ${PUBLIC_LOOKUP_RETENTION_DAYS} days removed`);
    return { removed: n };
  }
}
