import { randomBytes } from 'node:crypto';
import { passwordPolicyProblems } from '@julu/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { withAdvisoryLock } from '../core/database/migrate';
import { type PasswordHashCost, seedDemoUsers } from '../modules/identity';
import { seedOrgTree } from '../modules/org';

const SEED_LOCK_KEY = 5_290_530;

export interface SeedResult {
  seeded: boolean;
  usernames: string[];
  /** Present only when the password was generated now; it is never stored in clear. */
  generatedPassword?: string;
}

/** Runs `seed` once, into an empty database (no org unit, no user), under an advisory lock. */
function seedEmptyDatabase(dataSource: DataSource, seed: (manager: EntityManager) => Promise<SeedResult>): Promise<SeedResult> {
  return withAdvisoryLock(dataSource, SEED_LOCK_KEY, () =>
    dataSource.transaction(async (manager) => {
      const [{ count }]: { count: number }[] = await manager.query('SELECT (SELECT count(*) FROM org_unit) + (SELECT count(*) FROM app_user) AS count');
      return Number(count) > 0 ? { seeded: false, usernames: [] } : seed(manager);
    }),
  );
}

/** A random password that meets the password policy (letters and digits, 16 characters). */
function generatedPassword(username: string): string {
  for (;;) {
    const candidate = randomBytes(12).toString('base64url');
    if (passwordPolicyProblems(candidate, username).length === 0) return candidate;
  }
}

/**
 * A production deployment's first start (`cli.js init`): the Julu org tree and one administrator
 * with a generated password, returned once (never stored in clear); the administrator then creates
 * the real accounts. No demo account, so no shared password.
 */
export async function seedProductionData(dataSource: DataSource): Promise<SeedResult> {
  return seedEmptyDatabase(dataSource, async (manager) => {
    const org = await seedOrgTree(manager);
    const password = generatedPassword('admin');
    await seedDemoUsers(manager, [{ username: 'admin', displayName: '系统管理员', role: 'ADMIN', orgUnitId: org.bureauId }], password);
    return { seeded: true, usernames: ['admin'], generatedPassword: password };
  });
}

/**
 * Seeds the Julu org tree and the demo accounts (one shared password) into an empty database, once,
 * for the one-command demo start and the tests. A database that has any org unit or user is left
 * alone, so a later start never resets passwords. `cost` is `test` only in test runs.
 */
export async function seedDemoData(dataSource: DataSource, demoPassword?: string, cost: PasswordHashCost = 'standard'): Promise<SeedResult> {
  return seedEmptyDatabase(dataSource, async (manager) => {
    const org = await seedOrgTree(manager);
    const password = demoPassword ?? randomBytes(9).toString('base64url');
    const users = [
      { username: 'admin', displayName: '系统管理员', role: 'ADMIN' as const, orgUnitId: org.bureauId },
      { username: 'supervisor', displayName: '王督查', role: 'SUPERVISOR' as const, orgUnitId: org.bureauId, unitHead: true },
      { username: 'reception', displayName: '李接待', role: 'RECEPTION' as const, orgUnitId: org.bureauId },
      {
        username: 'handler',
        displayName: '张经办（县人社局）',
        role: 'HANDLER' as const,
        orgUnitId: org.departments['县人力资源和社会保障局'],
      },
      {
        username: 'handlerhead',
        displayName: '刘局长（县人社局）',
        role: 'HANDLER' as const,
        orgUnitId: org.departments['县人力资源和社会保障局'],
        unitHead: true,
      },
      {
        username: 'township',
        displayName: '赵干事（巨鹿镇）',
        role: 'TOWNSHIP_OFFICER' as const,
        orgUnitId: org.townships['巨鹿镇'],
      },
    ];
    await seedDemoUsers(manager, users, password, cost);
    return {
      seeded: true,
      usernames: users.map((u) => u.username),
      ...(demoPassword ? {} : { generatedPassword: password }),
    };
  });
}
