import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One table of attempt counters for every rate limit (logins, the public lookup), counted and
 * checked in one statement (core/rate-limit). Replaces login_throttle, whose check-then-record
 * could be raced and which locked a username for everyone; the old lookup attempt log stays as
 * the record of attempts but no longer decides anything.
 */
export class RateLimitCounters1766320000000 implements MigrationInterface {
  name = 'RateLimitCounters1766320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit_counter (
        key varchar(128) COLLATE "C" PRIMARY KEY,
        hits int NOT NULL,
        limit_hits int NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX rate_limit_counter_window_idx ON rate_limit_counter (window_ends_at)');
    await q.query('DROP TABLE login_throttle');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        username varchar(64) PRIMARY KEY,
        failures int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_failure_at timestamptz
      )`);
    await q.query('DROP TABLE rate_limit_counter');
  }
}
