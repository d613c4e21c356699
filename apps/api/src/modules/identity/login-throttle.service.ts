import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { clearAttempts, clearAttemptsStartingWith, exceeded, type RateBucket, refundAttempt, takeAttempt, TooManyAttemptsException } from '../../core/rate-limit/rate-limit';

const lockedMessage = (minutes: number): string => `登录失败次数过多，已临时锁定，请 ${minutes} 分钟后再试`;

/** The three failure counters of one login attempt. */
export interface LoginBuckets {
  userFromClient: RateBucket;
  client: RateBucket;
  user: RateBucket;
}

/**
 * Failed logins, counted before the password is checked (core/rate-limit), so parallel guesses
 * cannot slip past the count:
 * - one username from one client address: LOGIN_MAX_FAILURES, then that pair is locked for
 *   LOGIN_LOCK_MINUTES (the lockout the user sees after mistyping);
 * - one client address across usernames: LOGIN_CLIENT_MAX_FAILURES per window (password spraying);
 * - one username from all addresses: LOGIN_USER_MAX_FAILURES per window, well above what one
 *   address may spend, so an outsider at another address cannot lock a user (an administrator
 *   included) out; only a guess spread over many addresses meets that ceiling.
 * Unknown usernames are counted the same way, so the answers never tell which names exist. A right
 * password gives back its attempt and ends the pair's run of failures.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly config: AppConfig) {}

  buckets(username: string, client: string): LoginBuckets {
    const windowSeconds = this.config.LOGIN_LOCK_MINUTES * 60;
    return {
      userFromClient: { scope: 'login-user-client', parts: [username, client], limit: this.config.LOGIN_MAX_FAILURES, windowSeconds },
      client: { scope: 'login-client', parts: [client], limit: this.config.LOGIN_CLIENT_MAX_FAILURES, windowSeconds },
      user: { scope: 'login-user', parts: [username], limit: this.config.LOGIN_USER_MAX_FAILURES, windowSeconds },
    };
  }

  /**
   * Counts the attempt as a failure up front (429 when a counter is already full); returns the
   * exception to answer with should the password then prove wrong: a 429 when this failure filled
   * a counter, else null.
   */
  async begin(manager: EntityManager, buckets: LoginBuckets): Promise<TooManyAttemptsException | null> {
    const counts = await takeAttempt(manager, Object.values(buckets), lockedMessage);
    const full = exceeded(counts, true);
    return full ? new TooManyAttemptsException(lockedMessage, full.retryAfterSeconds) : null;
  }

  /** An administrator's unlock (password reset): the username's failures from every address. */
  async unlock(manager: EntityManager, username: string): Promise<void> {
    await clearAttemptsStartingWith(manager, 'login-user-client', [username]);
    await clearAttempts(manager, [this.buckets(username, '').user]);
  }

  async succeeded(manager: EntityManager, buckets: LoginBuckets): Promise<void> {
    await clearAttempts(manager, [buckets.userFromClient]);
    await refundAttempt(manager, [buckets.client, buckets.user]);
  }
}
