import { randomUUID } from 'node:crypto';
import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { API_ERROR_CODES, type CurrentUser, type LoginResponse, ROLES, type Role } from '@julu/contracts';
import { passwordPolicyProblems } from '@julu/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { currentRequestContext } from '../../core/http/request-context';
import { AuditService } from '../audit';
import { UserEntity } from './entities/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyPassword } from './password-hasher';
import { RefreshTokenService, refused } from './refresh-token.service';
import { type CurrentUserRow, toCurrentUser } from './user.mapper';

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

export interface AccessTokenClaims {
  sub: string;
  role: string;
  org: string | null;
  /** The session: the refresh-token family the token was issued with; revoking it ends the token. */
  sid: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stands in the audit log for a username that names no user. */
export const UNKNOWN_USERNAME = '（不存在的用户名）';

const badCredentials = (): UnauthorizedException => new UnauthorizedException({ code: API_ERROR_CODES.UNAUTHENTICATED, message: '用户名或密码错误' });

@Injectable()
export class AuthService {
  /** Verified when the username is unknown, so timing does not reveal which usernames exist. */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly refreshTokens: RefreshTokenService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {
    this.dummyHash = hashPassword(randomUUID(), config.PASSWORD_HASH_COST);
  }

  async login(rawUsername: string, password: string, client: string): Promise<LoginResponse> {
    const username = rawUsername.trim().toLowerCase();
    const buckets = this.throttle.buckets(username, client);
    const lockedIfWrong = await this.throttle.begin(this.dataSource.manager, buckets);
    const user = await this.activeUser(this.dataSource.manager, { username });
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok) {
      // Whatever was typed as the username (a password, now and then) is kept only when it names a
      // user; supervisors read this log.
      const typed = user ? username : UNKNOWN_USERNAME;
      await this.audit.record(this.dataSource.manager, { action: 'auth.login_failed', entityType: 'user', entityId: user?.id, actor: { id: null, username: typed } });
      throw lockedIfWrong ?? badCredentials();
    }
    await this.throttle.succeeded(this.dataSource.manager, buckets);
    return this.dataSource.transaction(async (m) => {
      await this.audit.record(m, { action: 'auth.login', entityType: 'user', entityId: user.id, actor: { id: user.id, username } });
      const familyId = randomUUID();
      return this.session(m, user, familyId, await this.refreshTokens.issue(m, user.id, familyId));
    });
  }

  async refresh(token: string): Promise<LoginResponse> {
    const session = await this.dataSource.transaction(async (m) => {
      const rotated = await this.refreshTokens.rotate(m, token);
      if (!rotated) {
        await this.audit.record(m, { action: 'auth.refresh_reused', entityType: 'refresh_token', entityId: token.split('.')[0] });
        return null;
      }
      const user = await this.activeUser(m, { id: rotated.userId });
      if (!user) throw new UnauthorizedException({ code: API_ERROR_CODES.UNAUTHENTICATED, message: '账号已停用，请联系管理员' });
      return this.session(m, user, rotated.familyId, rotated.refreshToken);
    });
    if (!session) throw refused();
    return session;
  }

  /** Idempotent: an unknown or already revoked token is simply gone. */
  async logout(token: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const userId = await this.refreshTokens.revoke(m, token);
      if (userId) await this.audit.record(m, { action: 'auth.logout', entityType: 'user', entityId: userId });
    });
  }

  /** Ends every other session of the user (their access tokens too); the one changing it stays. */
  async changePassword(current: CurrentUser, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.activeUser(this.dataSource.manager, { id: current.id });
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message: '当前密码不正确' });
    }
    const problems = passwordPolicyProblems(newPassword, user.username);
    if (problems.length > 0) {
      throw new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message: problems.join('；'), details: problems });
    }
    const passwordHash = await hashPassword(newPassword, this.config.PASSWORD_HASH_COST);
    await this.dataSource.transaction(async (m) => {
      await m.update(UserEntity, { id: user.id }, { passwordHash });
      await this.refreshTokens.revokeAllForUser(m, user.id, 'password_change', sessionId);
      await this.audit.record(m, { action: 'user.password_change', entityType: 'user', entityId: user.id });
    });
  }

  /**
   * Resolves a verified access token to an active user, or null when the user was disabled or the
   * token's session ended (logout, password change or reset, a reused refresh token) since: an
   * access token dies with its session, not up to ACCESS_TOKEN_TTL_SECONDS later.
   */
  async userForToken(token: string): Promise<{ user: CurrentUser; sessionId: string } | null> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      return null;
    }
    // Tokens from before sessions were named carry no sid; the client's refresh replaces them.
    if (typeof claims.sid !== 'string' || !UUID.test(claims.sid)) return null;
    const request = currentRequestContext();
    if (request && isRole(claims.role)) request.claimed = { role: claims.role, orgUnitId: typeof claims.org === 'string' ? claims.org : null };
    const user = await this.activeCurrentUser(this.dataSource.manager, claims.sub, claims.sid);
    return user ? { user, sessionId: claims.sid } : null;
  }

  private activeUser(m: EntityManager, where: { id?: string; username?: string }): Promise<UserEntity | null> {
    return m.findOne(UserEntity, { where: { ...where, disabledAt: IsNull() } });
  }

  private async session(m: EntityManager, user: UserEntity, familyId: string, refreshToken: string): Promise<LoginResponse> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, org: user.orgUnitId, sid: familyId };
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS }),
      refreshToken,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      // The row was just read as active in this transaction, so it is there.
      user: (await this.activeCurrentUser(m, user.id, familyId)) as CurrentUser,
    };
  }

  /**
   * One query (user joined with its unit, and its session still live: a rotation keeps exactly one
   * unrevoked token per family, a revocation leaves none): this runs for every authenticated request.
   */
  private async activeCurrentUser(m: EntityManager, id: string, familyId: string): Promise<CurrentUser | null> {
    const rows: CurrentUserRow[] = await m.query(
      `SELECT u.id, u.username, u.display_name, u.role, u.org_unit_id, o.name AS org_unit_name
       FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id
       WHERE u.id = $1 AND u.disabled_at IS NULL
         AND EXISTS (SELECT 1 FROM auth_refresh_token t WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL)`,
      [id, familyId],
    );
    return rows[0] ? toCurrentUser(rows[0]) : null;
  }
}
