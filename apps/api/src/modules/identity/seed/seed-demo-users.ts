import type { Role } from '@julu/contracts';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { hashPassword, type PasswordHashCost } from '../password-hasher';

export interface DemoUserSpec {
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string | null;
  /** 单位负责人 (approves extensions). */
  unitHead?: boolean;
}

/** Creates the demo accounts, all with the same password (hashed at `cost`: `test` in test runs only). */
export async function seedDemoUsers(manager: EntityManager, specs: DemoUserSpec[], password: string, cost: PasswordHashCost = 'standard'): Promise<void> {
  const hash = await hashPassword(password, cost);
  const repo = manager.getRepository(UserEntity);
  await repo.save(specs.map((s) => repo.create({ ...s, passwordHash: hash })));
}
