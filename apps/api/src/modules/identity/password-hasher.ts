import * as argon2 from 'argon2';

/**
 * `standard`: argon2id with the library's defaults (64 MiB, 3 passes), the only cost outside tests.
 * `test`: 1 MiB, 1 pass, for test runs only (AppConfig refuses it unless NODE_ENV=test), so the
 * hundreds of logins and demo users a test run creates do not each cost 64 MiB of hashing.
 */
export type PasswordHashCost = 'standard' | 'test';

const TEST_COST = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

export function hashPassword(plain: string, cost: PasswordHashCost): Promise<string> {
  return argon2.hash(plain, { type: argon2.argon2id, ...(cost === 'test' ? TEST_COST : {}) });
}

/** Verifies with the parameters stored in the hash, whatever cost it was made with. */
export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}
