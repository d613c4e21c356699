import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CurrentUser as CurrentUserDto } from '@julu/contracts';
import type { AuthenticatedRequest } from './jwt-auth.guard';

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): CurrentUserDto | undefined => ctx.switchToHttp().getRequest<AuthenticatedRequest>().user,
);
