import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { API_ERROR_CODES } from '@julu/contracts';
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
      // Every 429 says when to come back: its own wait, else a minute.
      if (status === 429) res.setHeader('Retry-After', String(typeof retryAfter === 'number' ? retryAfter : 60));
      if (status === 503) res.setHeader('Retry-After', '5');
      if (status >= 500) this.logger.error({ requestId, err: exception }, body.message);
      res.status(status).json(body);
      return;
    }

    if (databaseUnavailable(exception)) {
      this.logger.warn({ requestId, err: exception }, 'Database unavailable');
      res.status(503).setHeader('Retry-After', '5');
      res.json(buildErrorBody(503, requestId, { message: '数据库暂时无法连接，本次操作未保存，请稍后重试' }));
      return;
    }

    if (outOfReach(exception)) {
      this.logger.warn({ requestId, err: exception }, 'Row-level security refused a write');
      res.status(404).json(buildErrorBody(404, requestId, { code: API_ERROR_CODES.NOT_FOUND, message: '记录不存在，或不在您的管辖范围内' }));
      return;
    }

    const conflict = databaseConflict(exception);
    if (conflict) {
      this.logger.warn({ requestId, err: exception }, conflict);
      res.status(409).json(buildErrorBody(409, requestId, { code: 'CONFLICT', message: conflict }));
      return;
    }

    const invalidValue = databaseInvalidValue(exception);
    if (invalidValue) {
      this.logger.warn({ requestId, err: exception }, invalidValue);
      res.status(400).json(buildErrorBody(400, requestId, { code: API_ERROR_CODES.VALIDATION_FAILED, message: invalidValue }));
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

/**
 * A race that a service's own checks could not rule out (two requests creating the same unique
 * value, a serialization failure) is the caller's conflict to retry, not a server error.
 */
function databaseConflict(exception: unknown): string | null {
  const code = (exception as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  if (code === '23505') return '与已有记录重复（可能刚被他人保存），请刷新后重试';
  if (code === '40001' || code === '40P01') return '数据正被他人同时修改，请重试';
  return null;
}

/**
 * A write that PostgreSQL's row-level security refused (42501: the row lies outside the caller's
 * scope). Answered like any record the caller may not see: not found, revealing nothing.
 */
function outOfReach(exception: unknown): boolean {
  return (exception as { driverError?: { code?: unknown } } | null)?.driverError?.code === '42501';
}

/**
 * A value PostgreSQL cannot store as given (SQLSTATE class 22: a day that does not exist, a number
 * out of range, text too long for its column, a malformed id; or 23503 on a write: a reference to a
 * record that does not exist) came from the request and slipped past its DTO or service check: the
 * caller's input to correct, a 400 — and a check to add, which the warning log says.
 */
function databaseInvalidValue(exception: unknown): string | null {
  const error = (exception as { driverError?: { code?: unknown; detail?: unknown } } | null)?.driverError;
  const code = error?.code;
  // A write naming a record that does not exist (not a delete of one still referenced).
  if (code === '23503' && typeof error?.detail === 'string' && error.detail.includes('is not present')) return '所选的关联记录（如单位、事项、人员）不存在，请刷新后重新选择';
  if (typeof code !== 'string' || !code.startsWith('22')) return null;
  return '请求中有数值超出允许范围或格式不正确（如不存在的日期、过大的数字或过长的文字），请检查后重试';
}

/**
 * PostgreSQL away (restarting, unreachable, shutting down): nothing was written, and the caller
 * may retry — a 503, not a 500. Covers connection errors and the server's shutdown/startup codes.
 */
function databaseUnavailable(exception: unknown): boolean {
  const error = exception as { code?: unknown; driverError?: { code?: unknown }; message?: unknown; name?: unknown } | null;
  // The connection died inside a transaction (the server shut down): TypeORM refuses the next query
  // or the COMMIT on the released runner, so the transaction never committed.
  if (error?.name === 'QueryRunnerAlreadyReleasedError' || error?.name === 'QueryRunnerProviderAlreadyReleasedError') return true;
  const code = error?.driverError?.code ?? error?.code;
  if (typeof code === 'string' && (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03'].includes(code) || code.startsWith('08'))) return true;
  return typeof error?.message === 'string' && /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(error.message);
}
