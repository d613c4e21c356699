import { AsyncLocalStorage } from 'node:async_hooks';
import type { CurrentUser } from '@julu/contracts';
import type { DataSource } from 'typeorm';
import { territoryOf } from '../access/territory';
import { currentRequestContext } from '../http/request-context';
import { inAmbientTransaction } from './transactions';

/**
 * Whose rows a database connection may touch. PostgreSQL enforces it with row-level security
 * (migration RowLevelSecurity1766300000000): every connection the pool hands out is first switched
 * to the scope of the work in flight, so no query, join, report or drill-down can forget the rule.
 *
 * - Inside an HTTP request: the signed-in user's territory, or NONE before sign-in and on public
 *   routes (which elevate explicitly with `runAsSystem`).
 * - Outside any request (worker jobs, the outbox relay, the CLI, start-up): SYSTEM, the role
 *   `julu_system`, which the policies name explicitly (each row-secured table has a `_system` policy,
 *   migration SystemRole1766456000000): it reads and writes every row but cannot change the schema.
 *   Work done on a user's behalf there (an export) uses `runInScopeOf`.
 * - Migrations alone run as the connecting owner (`runAsOwner`).
 */
type DatabaseScope = { kind: 'OWNER' } | { kind: 'SYSTEM' } | { kind: 'NONE' } | { kind: 'COUNTY' } | { kind: 'TOWNSHIP' | 'UNIT'; unitId: string };

const OWNER: DatabaseScope = { kind: 'OWNER' };
const SYSTEM: DatabaseScope = { kind: 'SYSTEM' };
const NONE: DatabaseScope = { kind: 'NONE' };
const explicit = new AsyncLocalStorage<DatabaseScope>();

function scopeOfUser(user: Pick<CurrentUser, 'role' | 'orgUnitId'>): DatabaseScope {
  const territory = territoryOf(user);
  switch (territory.kind) {
    case 'COUNTY':
      return { kind: 'COUNTY' };
    case 'TOWNSHIP':
      return { kind: 'TOWNSHIP', unitId: territory.townshipId };
    case 'UNIT':
      return { kind: 'UNIT', unitId: territory.unitId };
  }
}

function currentDatabaseScope(): DatabaseScope {
  const chosen = explicit.getStore();
  if (chosen) return chosen;
  const request = currentRequestContext();
  if (!request) return SYSTEM;
  const user = request.user ?? request.claimed;
  return user ? scopeOfUser(user) : NONE;
}

/**
 * Runs `work` as the system role, which every policy admits: for the few request paths that must
 * read beyond the caller (the public lookup by query code and its own checks). Connections are
 * scoped when taken, so this cannot widen a transaction already open.
 */
export function runAsSystem<T>(work: () => Promise<T>): Promise<T> {
  return runInScope(SYSTEM, work);
}

/** Runs `work` as the connecting owner, who alone may change the schema: migrations only. */
export function runAsOwner<T>(work: () => Promise<T>): Promise<T> {
  return runInScope(OWNER, work);
}

/** Runs `work` within `user`'s reach (background work done on a user's behalf). */
export function runInScopeOf<T>(user: Pick<CurrentUser, 'role' | 'orgUnitId'>, work: () => Promise<T>): Promise<T> {
  return runInScope(scopeOfUser(user), work);
}

function runInScope<T>(scope: DatabaseScope, work: () => Promise<T>): Promise<T> {
  if (inAmbientTransaction()) throw new Error('A database scope cannot change inside an open transaction');
  return explicit.run(scope, work);
}

/** The PostgreSQL role and unit setting of a scope (OWNER: back to the connecting owner). */
function scopeSettings(scope: DatabaseScope): { role: string; unit: string } {
  switch (scope.kind) {
    case 'OWNER':
      return { role: 'none', unit: '' };
    case 'SYSTEM':
      return { role: 'julu_system', unit: '' };
    case 'NONE':
      return { role: 'julu_scope_none', unit: '' };
    case 'COUNTY':
      return { role: 'julu_scope_county', unit: '' };
    case 'TOWNSHIP':
      return { role: 'julu_scope_township', unit: scope.unitId };
    case 'UNIT':
      return { role: 'julu_scope_unit', unit: scope.unitId };
  }
}

const APPLIED = Symbol('julu.databaseScope');
type ScopedClient = {
  [APPLIED]?: string;
  query(sql: string, params: unknown[]): Promise<unknown>;
  on(event: 'error', listener: () => void): void;
  removeListener(event: 'error', listener: () => void): void;
};
type Obtain = () => Promise<[ScopedClient, (error?: unknown) => void]>;

/**
 * Makes every connection the DataSource takes from its pool carry the current scope. A connection
 * remembers the scope it was last given, so a run of work in one scope costs no extra round trip.
 * Session settings made outside a transaction survive until changed, and a rolled-back
 * transaction cannot undo them, because they are set before the work's BEGIN.
 */
export function installRowSecurity(dataSource: DataSource): DataSource {
  const driver = dataSource.driver as unknown as { obtainMasterConnection: Obtain; master?: { on(event: 'connect', listener: (client: ScopedClient) => void): void } };
  const obtain = driver.obtainMasterConnection.bind(driver);
  // A new connection starts as the owner with no unit: already in the OWNER scope.
  driver.master?.on('connect', (client) => {
    client[APPLIED] = settingsKey(scopeSettings(OWNER));
  });
  driver.obtainMasterConnection = async () => {
    const [client, release] = await obtain();
    const settings = scopeSettings(currentDatabaseScope());
    const key = settingsKey(settings);
    if (client[APPLIED] === key) return [client, release];
    // Until TypeORM attaches its own, a connection that dies (PostgreSQL restarting) must not emit
    // an unheard 'error', which would end the process; the failed query reports it instead.
    const ignore = (): void => undefined;
    client.on('error', ignore);
    try {
      client[APPLIED] = undefined;
      await client.query("SELECT set_config('role', $1, false), set_config('julu.scope_unit', $2, false)", [settings.role, settings.unit]);
      client[APPLIED] = key;
    } catch (error) {
      release(error);
      throw error;
    } finally {
      client.removeListener('error', ignore);
    }
    return [client, release];
  };
  return dataSource;
}

const settingsKey = (s: { role: string; unit: string }): string => `${s.role}/${s.unit}`;
