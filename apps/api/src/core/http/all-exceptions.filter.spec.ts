import type { ArgumentsHost } from '@nestjs/common';
import { AllExceptionsFilter } from './all-exceptions.filter';

/** What the filter wrote to the response. */
function answer(exception: unknown): { status: number; body: { code?: string; message?: string } } {
  const sent = { status: 0, body: {} };
  const res = {
    status(code: number) {
      sent.status = code;
      return res;
    },
    setHeader: () => res,
    json(body: object) {
      sent.body = body;
      return res;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ headers: {} }), getResponse: () => res }) } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

const driverError = (code: string): object => Object.assign(new Error('query failed'), { driverError: { code } });

describe('AllExceptionsFilter', () => {
  it.each(['22008', '22007', '22003', '22001', '22P02'])('answers a value PostgreSQL cannot store (%s) with a 400 a person can act on', (code) => {
    const { status, body } = answer(driverError(code));
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toContain('请检查');
  });

  it('keeps conflicts at 409 and anything else at 500 without internals', () => {
    expect(answer(driverError('23505')).status).toBe(409);
    const other = answer(new Error('secret internals'));
    expect(other.status).toBe(500);
    expect(JSON.stringify(other.body)).not.toContain('secret');
  });
});
