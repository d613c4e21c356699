import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { API_ERROR_CODES } from '@julu/contracts';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { SQL_NOW, updateRows } from '../../core/database/typed-writes';
import { AuthRefreshTokenEntity } from './entities/auth-refresh-token.entity';

interface TokenRow {
  id: string;
  user_id: string;
  family_id: string;
  secret_hash: string;
  expired: boolean;
  revoked_at: Date | null;
}

export const refused = (): UnauthorizedException => new UnauthorizedException({ code: API_ERROR_CODES.UNAUTHENTICATED, message: '登录已失效，请重新登录' });

const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/**
 * Opaque refresh tokens `<id>.<secret>`; only a SHA-256 of the secret is stored. Every refresh
 * rotates the token; presenting an already-rotated token revokes its whole family (a stolen copy
 * in use), and logout or a password change revokes them.
 */
@Injectable()
export class RefreshTokenService {
  constructor(private readonly config: AppConfig) {}

  async issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO auth_refresh_token (user_id, family_id, secret_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4)) RETURNING id`,
      [userId, familyId, hashSecret(secret), this.config.REFRESH_TOKEN_TTL_DAYS],
    );
    return `${id}.${secret}`;
  }

  /**
   * Exchanges a valid token for a new one. A rotated token presented again revokes its family and
   * answers null instead of throwing, so the caller can commit that revocation before refusing.
   */
  async rotate(manager: EntityManager, token: string): Promise<{ userId: string; familyId: string; refreshToken: string } | null> {
    const row = await this.find(manager, token, true);
    if (row.revoked_at) {
      await this.revokeFamily(manager, row.family_id, 'reuse');
      return null;
    }
    if (row.expired) throw refused();
    const refreshToken = await this.issue(manager, row.user_id, row.family_id);
    await updateRows(manager, AuthRefreshTokenEntity, { id: row.id }, { revokedAt: SQL_NOW, revokedReason: 'rotated', replacedBy: refreshToken.split('.')[0] });
    return { userId: row.user_id, familyId: row.family_id, refreshToken };
  }

  /** Logout: revokes the token's family; returns the user id, or null for an unknown token. */
  async revoke(manager: EntityManager, token: string): Promise<string | null> {
    try {
      const row = await this.find(manager, token, false);
      await this.revokeFamily(manager, row.family_id, 'logout');
      return row.user_id;
    } catch {
      return null;
    }
  }

  /** Revokes every session of the user, but `keepFamily` (the session asking) when given. */
  async revokeAllForUser(manager: EntityManager, userId: string, reason: string, keepFamily: string | null = null): Promise<void> {
    await manager.query(
      `UPDATE auth_refresh_token SET revoked_at = now(), revoked_reason = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND family_id IS DISTINCT FROM $3::uuid`,
      [userId, reason, keepFamily],
    );
  }

  private async revokeFamily(manager: EntityManager, familyId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE auth_refresh_token SET revoked_at = now(), revoked_reason = $2 WHERE family_id = $1 AND revoked_at IS NULL`, [familyId, reason]);
  }

  private async find(manager: EntityManager, token: string, lock: boolean): Promise<TokenRow> {
    const [id, secret] = token.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw refused();
    const rows: TokenRow[] = await manager.query(
      `SELECT id, user_id, family_id, secret_hash, expires_at <= now() AS expired, revoked_at
       FROM auth_refresh_token WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    const row = rows[0];
    if (!row || !timingSafeEqual(Buffer.from(row.secret_hash), Buffer.from(hashSecret(secret)))) throw refused();
    return row;
  }
}
