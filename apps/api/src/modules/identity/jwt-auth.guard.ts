import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_ERROR_CODES } from '@julu/contracts';
import type { AuthenticatedRequest } from '../../core/http/authenticated-request';
import { IS_PUBLIC } from '../../core/http/public.decorator';
import { currentRequestContext } from '../../core/http/request-context';
import { AuthService } from './auth.service';

/** Global guard: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.header('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const session = token ? await this.auth.userForToken(token) : null;
    if (!session) {
      throw new UnauthorizedException({ code: API_ERROR_CODES.UNAUTHENTICATED, message: '请先登录，或登录已过期' });
    }
    const { user } = session;
    req.user = user;
    req.sessionId = session.sessionId;
    const requestContext = currentRequestContext();
    if (requestContext) requestContext.user = user;
    return true;
  }
}
