import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { buildErrorBody } from './error-body';
import { requestIdOf } from './request-id';

/** Turns every error into `{statusCode, code, message, details, requestId}`; never leaks internals. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const requestId = requestIdOf(req);

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = buildErrorBody(status, requestId, describe(exception.getResponse()));
      const retryAfter = (body.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if (status === 429 && typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
      if (status >= 500) this.logger.error({ requestId, err: exception }, body.message);
      res.status(status).json(body);
      return;
    }

    this.logger.error({ requestId, err: exception }, 'Unhandled error');
    res.status(500).json(buildErrorBody(500, requestId));
  }
}

function describe(response: string | object): { code?: string; message?: string; details?: unknown } {
  if (typeof response === 'string') return { message: response };
  const r = response as { code?: unknown; message?: unknown; details?: unknown };
  return {
    code: typeof r.code === 'string' ? r.code : undefined,
    // Nest's built-in exceptions carry English messages; only our own (with a code) are shown as-is.
    message: typeof r.code === 'string' && typeof r.message === 'string' ? r.message : undefined,
    details: r.details,
  };
}
