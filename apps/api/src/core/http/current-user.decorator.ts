import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CurrentUser as CurrentUserDto } from '@julu/contracts';
import type { AuthenticatedRequest } from './authenticated-request';

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): CurrentUserDto | undefined => ctx.switchToHttp().getRequest<AuthenticatedRequest>().user);

/** The session id (refresh-token family) of the request's access token. */
export const CurrentSessionId = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => ctx.switchToHttp().getRequest<AuthenticatedRequest>().sessionId);
