import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT = 'idempotent';

/**
 * Marks a create endpoint as safe to retry: with an `Idempotency-Key` header, a repeated request
 * returns the first result instead of creating a second record (see IdempotencyInterceptor).
 */
export const Idempotent = (): MethodDecorator => SetMetadata(IDEMPOTENT, true);
