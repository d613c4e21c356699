import type { DataSource } from 'typeorm';

/** Table name → `rows:md5 of every row's text`. */
export type Fingerprint = Record<string, string>;

/**
 * Tells whether a request changed the database. A fingerprint of every table (row count and an md5
 * over its rows' text) is exact but costs a scan, so it is only taken when PostgreSQL has assigned a
 * transaction id since the last one: a request that wrote nothing (the usual rejection, refused
 * before its transaction wrote) leaves `xmax` of the current snapshot where it was, and is then
 * unchanged without a scan. A transaction that wrote and rolled back moves `xmax` too, and the
 * fingerprint then shows that nothing stayed.
 */
export class DatabaseWatch {
  private cached: { xmax: string; fingerprint: Fingerprint } | null = null;
  private tables: string[] | null = null;

  /** @param excluded tables that may legitimately change on a rejected request (say why where used). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly excluded: readonly string[] = [],
  ) {}

  private async xmax(): Promise<string> {
    const [row]: { xmax: string }[] = await this.dataSource.query('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax');
    return row.xmax;
  }

  async fingerprint(): Promise<Fingerprint> {
    this.tables ??= (
      (await this.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`)) as {
        table_name: string;
      }[]
    )
      .map((t) => t.table_name)
      .filter((t) => !this.excluded.includes(t));
    const parts = this.tables.map((t) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS f FROM "${t}" x`);
    const rows: { t: string; f: string }[] = await this.dataSource.query(parts.join(' UNION ALL '));
    return Object.fromEntries(rows.map((r) => [r.t, r.f]));
  }

  /** The fingerprint as of now, reusing the last one when no transaction id was assigned since. */
  private async current(): Promise<{ xmax: string; fingerprint: Fingerprint }> {
    const xmax = await this.xmax();
    if (this.cached?.xmax !== xmax) this.cached = { xmax, fingerprint: await this.fingerprint() };
    return this.cached;
  }

  /** Runs the call and names the tables whose rows differ afterwards (none: unchanged). */
  async changedBy<T>(call: () => Promise<T>): Promise<{ result: T; changed: string[] }> {
    const before = await this.current();
    const result = await call();
    const after = await this.current();
    if (after === before) return { result, changed: [] };
    const changed = Object.keys(after.fingerprint).filter((t) => after.fingerprint[t] !== before.fingerprint[t]);
    return { result, changed };
  }
}
