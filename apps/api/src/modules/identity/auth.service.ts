import { randomUUID } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { API_ERROR_CODES, type CurrentUser, type LoginResponse } from '@julu/contracts';
import { IsNull, Repository } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { UserEntity } from './entities/user.entity';
import { hashPassword, verifyPassword } from './password-hasher';
import { toCurrentUser } from './user.mapper';

export interface AccessTokenClaims {
  sub: string;
  role: string;
  org: string | null;
}

@Injectable()
export class AuthService {
  /** Verified when the username is unknown, so timing does not reveal which usernames exist. */
  private readonly dummyHash = hashPassword(randomUUID());

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string): Promise<LoginResponse> {
    const user = await this.users.findOne({ where: { username: username.trim().toLowerCase(), disabledAt: IsNull() } });
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok) {
      throw new UnauthorizedException({ code: API_ERROR_CODES.UNAUTHENTICATED, message: '用户名或密码错误' });
    }
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, org: user.orgUnitId };
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS }),
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      user: await this.describe(user),
    };
  }

  /** Resolves a verified token to an active user, or null when the user was disabled since. */
  async userForToken(token: string): Promise<CurrentUser | null> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      return null;
    }
    const user = await this.users.findOne({ where: { id: claims.sub, disabledAt: IsNull() } });
    return user ? this.describe(user) : null;
  }

  private async describe(user: UserEntity): Promise<CurrentUser> {
    const rows: { name: string }[] = user.orgUnitId
      ? await this.users.manager.query('SELECT name FROM org_unit WHERE id = $1', [user.orgUnitId])
      : [];
    return toCurrentUser(user, rows[0]?.name ?? null);
  }
}
