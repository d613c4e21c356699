import { AsyncLocalStorage } from 'node:async_hooks';
import type { CurrentUser } from '@julu/contracts';

/** What every layer may need about the request in flight, without threading it through calls. */
export interface RequestContext {
  requestId: string;
  clientIp: string | null;
  user?: CurrentUser;
  /**
   * The role and unit a verified access token claims, until the user row confirms them: the
   * database scope of the authentication query itself (it reads no table with row policies), so
   * a request's connection is scoped once, not twice.
   */
  claimed?: Pick<CurrentUser, 'role' | 'orgUnitId'>;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
