import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_ERROR_CODES, type Role } from '@julu/contracts';
import { ALLOWED_ROLES } from '../../core/http/access.decorator';
import { IS_PUBLIC } from '../../core/http/public.decorator';
import type { AuthenticatedRequest } from '../../core/http/authenticated-request';

/**
 * Global guard after JwtAuthGuard: the user's role must be among the route's @Allow roles.
 * Territory is not decided here but in each query (a foreign record is a 404).
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    const role = context.switchToHttp().getRequest<AuthenticatedRequest>().user?.role;
    if (role && allowed.includes(role)) return true;
    throw new ForbiddenException({ code: API_ERROR_CODES.FORBIDDEN, message: '您的角色无权执行此操作' });
  }
}
