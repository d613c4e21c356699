import { BadRequestException, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, UnprocessableEntityException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_ERROR_CODES } from '@julu/contracts';
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { ConnectionPermits } from '../database/connection-permits';
import { Transactions } from '../database/transactions';
import { IDEMPOTENT } from './idempotent.decorator';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;

/**
 * `Idempotency-Key` for create endpoints marked @Idempotent(). Under an advisory lock on
 * (user, key), one transaction holds both the create and the stored response: a retry (even a
 * concurrent one) replays that response, a failed attempt stores nothing and may be retried, and
 * reusing a key for a different request is refused. The transaction holds a pooled connection for
 * the whole create, whose reads may take a second one, so at most half the pool runs at once
 * (ConnectionPermits): more would starve the pool and fail with connect timeouts.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly permits: ConnectionPermits;

  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {
    this.permits = ConnectionPermits.forPoolOf(dataSource);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(IDEMPOTENT, context.getHandler())) return next.handle();
    const req = context.switchToHttp().getRequest<Request & { user?: { id: string } }>();
    const key = req.header('idempotency-key');
    if (key === undefined) return next.handle();
    if (!KEY_PATTERN.test(key)) {
      throw new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message: 'Idempotency-Key 须为 8–100 位字母、数字或 _ . : -（建议使用 UUID）' });
    }
    const scope = `${req.user?.id ?? 'anonymous'}:${key}`;
    const route = `${req.method} ${req.route?.path ?? req.path}`;
    const requestHash = createHash('sha256')
      .update(`${route}\n${req.originalUrl}\n${JSON.stringify(req.body ?? null)}`)
      .digest('hex');

    return from(
      this.permits.run(() =>
        this.dataSource.transaction(async (m) => {
          await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [scope]);
          const stored: { request_hash: string; response: unknown }[] = await m.query('SELECT request_hash, response FROM idempotency_key WHERE scope = $1', [scope]);
          if (stored[0]) {
            if (stored[0].request_hash !== requestHash) {
              throw new UnprocessableEntityException({
                code: API_ERROR_CODES.IDEMPOTENCY_KEY_REUSED,
                message: '该 Idempotency-Key 已用于另一份请求内容；新的请求请使用新的键',
              });
            }
            return stored[0].response;
          }
          const response = await Transactions.within(m, () => lastValueFrom(next.handle(), { defaultValue: null }));
          await m.query('INSERT INTO idempotency_key (scope, route, request_hash, response) VALUES ($1, $2, $3, $4)', [
            scope,
            route,
            requestHash,
            JSON.stringify(response ?? null),
          ]);
          return response;
        }),
      ),
    );
  }
}
