import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { API_ERROR_CODES, type CreateUserRequest, type OrgUnitType, type Role, type UserListResponse, type UserSummary } from '@julu/contracts';
import { passwordPolicyProblems } from '@julu/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password-hasher';

/** Which kind of unit each role is bound to; null = county-wide role, unit optional. */
const UNIT_TYPES_BY_ROLE: Record<Role, OrgUnitType[] | null> = {
  ADMIN: null,
  SUPERVISOR: null,
  RECEPTION: null,
  TOWNSHIP_OFFICER: ['TOWN', 'TOWNSHIP', 'DEV_ZONE'],
  HANDLER: ['DEPARTMENT'],
};

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  org_unit_id: string | null;
  org_unit_name: string | null;
  disabled_at: Date | null;
}

const toSummary = (r: UserRow): UserSummary => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  orgUnitId: r.org_unit_id,
  orgUnitName: r.org_unit_name,
  disabled: r.disabled_at !== null,
});

const invalid = (message: string): BadRequestException => new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message });

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Keyset pagination by username (unique, stable). */
  async list(after: string | undefined, limit: number): Promise<UserListResponse> {
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.role, u.org_unit_id, o.name AS org_unit_name, u.disabled_at
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
    const passwordHash = await hashPassword(request.password);
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
      return toSummary({ id: user.id, username, display_name: user.displayName, role: user.role, org_unit_id: user.orgUnitId, org_unit_name: orgUnitName, disabled_at: null });
    });
  }

  private async checkUnit(role: Role, orgUnitId: string | null): Promise<string | null> {
    const required = UNIT_TYPES_BY_ROLE[role];
    if (!orgUnitId) {
      if (required) throw invalid(role === 'HANDLER' ? '责任单位账号须指定所属县直单位' : '乡镇信访干部账号须指定所属乡镇或开发区');
      return null;
    }
    const rows: { name: string; type: OrgUnitType }[] = await this.dataSource.query(
      'SELECT name, type FROM org_unit WHERE id = $1 AND retired_at IS NULL',
      [orgUnitId],
    );
    if (!rows[0]) throw invalid('所选单位不存在或已撤销');
    if (required && !required.includes(rows[0].type)) throw invalid(`${rows[0].name} 不能作为该角色的所属单位`);
    return rows[0].name;
  }
}
