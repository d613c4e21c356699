import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  API_ERROR_CODES,
  type CreateUserRequest,
  type CurrentUser,
  type OrgUnitType,
  type Role,
  type UpdateUserRequest,
  type UserListResponse,
  type UserSummary,
} from '@julu/contracts';
import { passwordPolicyProblems } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { SQL_NOW, updateRows } from '../../core/database/typed-writes';
import { AuditService, changedFields } from '../audit';
import { UserEntity } from './entities/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword } from './password-hasher';
import { RefreshTokenService } from './refresh-token.service';
import { type CurrentUserRow, toCurrentUser } from './user.mapper';
import { invalid } from '../../core/http/api-errors';

/** Which kind of unit each role is bound to; null = county-wide role, unit optional. */
const UNIT_TYPES_BY_ROLE: Record<Role, OrgUnitType[] | null> = {
  ADMIN: null,
  SUPERVISOR: null,
  RECEPTION: null,
  TOWNSHIP_OFFICER: ['TOWN', 'TOWNSHIP', 'DEV_ZONE'],
  HANDLER: ['DEPARTMENT'],
};

interface UserRow extends CurrentUserRow {
  disabled_at: Date | null;
  is_unit_head: boolean;
}

const toSummary = (r: UserRow): UserSummary => ({ ...toCurrentUser(r), disabled: r.disabled_at !== null, unitHead: r.is_unit_head });

/** Before/after of the fields that changed, for the audit row. */
function diff(
  current: UserRow,
  next: { display_name: string; role: Role; org_unit_id: string | null; disabled: boolean; is_unit_head: boolean },
): Record<string, { before: unknown; after: unknown }> {
  const before = { displayName: current.display_name, role: current.role, orgUnitId: current.org_unit_id, disabled: current.disabled_at !== null, unitHead: current.is_unit_head };
  const after = { displayName: next.display_name, role: next.role, orgUnitId: next.org_unit_id, disabled: next.disabled, unitHead: next.is_unit_head };
  return changedFields(before, after);
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly throttle: LoginThrottleService,
    private readonly config: AppConfig,
  ) {}

  /** Keyset pagination by username (unique, stable). */
  async list(after: string | undefined, limit: number): Promise<UserListResponse> {
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.role, u.org_unit_id, o.name AS org_unit_name, u.disabled_at, u.is_unit_head
       FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id
       WHERE ($1::varchar IS NULL OR u.username > $1) ORDER BY u.username LIMIT $2`,
      [after ?? null, limit + 1],
    );
    const items = rows.slice(0, limit).map(toSummary);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].username : null };
  }

  async create(request: CreateUserRequest): Promise<UserSummary> {
    const username = request.username.toLowerCase();
    const problems = passwordPolicyProblems(request.password, username);
    if (problems.length > 0) throw invalid(problems.join('；'));
    const orgUnitName = await this.checkUnit(request.role, request.orgUnitId ?? null);
    const passwordHash = await hashPassword(request.password, this.config.PASSWORD_HASH_COST);
    return this.dataSource.transaction(async (m) => {
      const taken: unknown[] = await m.query('SELECT 1 FROM app_user WHERE username = $1 FOR UPDATE', [username]);
      if (taken.length > 0) throw new ConflictException({ code: API_ERROR_CODES.CONFLICT, message: `用户名 ${username} 已存在` });
      const user = await m.save(
        m.create(UserEntity, { username, passwordHash, displayName: request.displayName.trim(), role: request.role, orgUnitId: request.orgUnitId ?? null }),
      );
      await this.audit.record(m, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        changes: { username: { after: username }, role: { after: user.role }, orgUnitId: { after: user.orgUnitId } },
      });
      return toSummary({
        id: user.id,
        username,
        display_name: user.displayName,
        role: user.role,
        org_unit_id: user.orgUnitId,
        org_unit_name: orgUnitName,
        disabled_at: null,
        is_unit_head: false,
      });
    });
  }

  /** Changes name, role, unit or status; disabling ends the account's sessions. */
  async update(id: string, request: UpdateUserRequest, actor: CurrentUser): Promise<UserSummary> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.lockRow(m, id);
      const role = request.role ?? current.role;
      const orgUnitId = request.orgUnitId !== undefined ? request.orgUnitId : current.org_unit_id;
      if (id === actor.id && (request.disabled === true || role !== 'ADMIN')) {
        throw invalid('不能停用自己的账号或取消自己的管理员角色');
      }
      const orgUnitName = await this.checkUnit(role, orgUnitId);
      const next = { display_name: request.displayName?.trim() ?? current.display_name, role, org_unit_id: orgUnitId, is_unit_head: request.unitHead ?? current.is_unit_head };
      const disabled = request.disabled ?? current.disabled_at !== null;
      await m.query(
        `UPDATE app_user SET display_name = $2, role = $3, org_unit_id = $4, updated_at = now(),
           disabled_at = CASE WHEN $5 THEN coalesce(disabled_at, now()) ELSE NULL END, is_unit_head = $6 WHERE id = $1`,
        [id, next.display_name, next.role, next.org_unit_id, disabled, next.is_unit_head],
      );
      if (disabled) await this.refreshTokens.revokeAllForUser(m, id, 'disabled');
      await this.audit.record(m, { action: 'user.update', entityType: 'user', entityId: id, changes: diff(current, { ...next, disabled }) });
      return toSummary({ ...current, ...next, org_unit_name: orgUnitName, disabled_at: disabled ? new Date() : null });
    });
  }

  /** Sets a new password chosen by the administrator, unlocks the login and ends all sessions. */
  async resetPassword(id: string, newPassword: string): Promise<void> {
    const user = await this.lockRow(this.dataSource.manager, id);
    const problems = passwordPolicyProblems(newPassword, user.username);
    if (problems.length > 0) throw invalid(problems.join('；'));
    const passwordHash = await hashPassword(newPassword, this.config.PASSWORD_HASH_COST);
    await this.dataSource.transaction(async (m) => {
      await updateRows(m, UserEntity, { id }, { passwordHash, updatedAt: SQL_NOW });
      await this.refreshTokens.revokeAllForUser(m, id, 'password_reset');
      await this.audit.record(m, { action: 'user.password_reset', entityType: 'user', entityId: id });
    });
    await this.throttle.unlock(this.dataSource.manager, user.username);
  }

  private async lockRow(m: EntityManager, id: string): Promise<UserRow> {
    const lock = m.queryRunner?.isTransactionActive ? 'FOR UPDATE OF u' : '';
    const rows: UserRow[] = await m.query(
      `SELECT u.id, u.username, u.display_name, u.role, u.org_unit_id, o.name AS org_unit_name, u.disabled_at, u.is_unit_head
       FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = $1 ${lock}`,
      [id],
    );
    if (!rows[0]) throw new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '账号不存在' });
    return rows[0];
  }

  private async checkUnit(role: Role, orgUnitId: string | null): Promise<string | null> {
    const required = UNIT_TYPES_BY_ROLE[role];
    if (!orgUnitId) {
      if (required) throw invalid(role === 'HANDLER' ? '责任单位账号须指定所属县直单位' : '乡镇信访干部账号须指定所属乡镇或开发区');
      return null;
    }
    const rows: { name: string; type: OrgUnitType }[] = await this.dataSource.query('SELECT name, type FROM org_unit WHERE id = $1 AND retired_at IS NULL', [orgUnitId]);
    if (!rows[0]) throw invalid('所选单位不存在或已撤销');
    if (required && !required.includes(rows[0].type)) throw invalid(`${rows[0].name} 不能作为该角色的所属单位`);
    return rows[0].name;
  }
}
