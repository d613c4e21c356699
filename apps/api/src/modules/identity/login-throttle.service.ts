import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { API_ERROR_CODES } from '@julu/contracts';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';

/** 429 with the seconds to wait; the filter turns `retryAfterSeconds` into a Retry-After header. */
export class LoginLockedException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        code: API_ERROR_CODES.TOO_MANY_REQUESTS,
        message: `登录失败次数过多，账号已临时锁定，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`,
        details: { retryAfterSeconds },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * Counts consecutive failed logins per username (known or not, so the answer never tells which
 * usernames exist) and locks the username for LOGIN_LOCK_MINUTES after LOGIN_MAX_FAILURES.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly config: AppConfig) {}

  async assertNotLocked(manager: EntityManager, username: string): Promise<void> {
    const rows: { seconds: number }[] = await manager.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds
       FROM login_throttle WHERE username = $1 AND locked_until > now()`,
      [username],
    );
    if (rows[0]) throw new LoginLockedException(rows[0].seconds);
  }

  /** Records a failure; returns the lock's remaining seconds when this failure locked the name. */
  async recordFailure(manager: EntityManager, username: string): Promise<number | null> {
    const [row]: { failures: number }[] = await manager.query(
      `INSERT INTO login_throttle (username, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (username) DO UPDATE SET
         failures = CASE WHEN login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until <= now()
                         THEN 1 ELSE login_throttle.failures + 1 END,
         locked_until = CASE WHEN login_throttle.locked_until <= now() THEN NULL ELSE login_throttle.locked_until END,
         last_failure_at = now()
       RETURNING failures`,
      [username],
    );
    if (row.failures < this.config.LOGIN_MAX_FAILURES) return null;
    const seconds = this.config.LOGIN_LOCK_MINUTES * 60;
    await manager.query(
      `UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2) WHERE username = $1`,
      [username, seconds],
    );
    return seconds;
  }

  async reset(manager: EntityManager, username: string): Promise<void> {
    await manager.query('DELETE FROM login_throttle WHERE username = $1', [username]);
  }
}
