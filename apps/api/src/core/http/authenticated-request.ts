import type { Request } from 'express';
import type { CurrentUser } from '@julu/contracts';

/** A request past the authentication guard: the signed-in user and the session of the access token. */
export interface AuthenticatedRequest extends Request {
  user?: CurrentUser;
  /** The session (refresh-token family) the access token belongs to. */
  sessionId?: string;
}
