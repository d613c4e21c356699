import { type ArgumentsHost, HttpException, HttpStatus } from '@nestjs/common';
import { AllExceptionsFilter } from './all-exceptions.filter';

/** What the filter wrote to the response. */
function answer(exception: unknown): { status: number; body: { code?: string; message?: string }; headers: Record<string, string> } {
  const sent = { status: 0, body: {}, headers: {} as Record<string, string> };
  const res = {
    status(code: number) {
      sent.status = code;
      return res;
    },
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
      return res;
    },
    json(body: object) {
      sent.body = body;
      return res;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ headers: {} }), getResponse: () => res }) } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

const driverError = (code: string, detail?: string): object => Object.assign(new Error('query failed'), { driverError: { code, detail } });

describe('AllExceptionsFilter', () => {
  it.each(['22008', '22007', '22003', '22001', '22P02'])('answers a value PostgreSQL cannot store (%s) with a 400 a person can act on', (code) => {
    const { status, body } = answer(driverError(code));
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toContain('请检查');
  });

  it('answers a write naming a record that does not exist with a 400, and leaves other foreign-key errors alone', () => {
    const missing = answer(driverError('23503', 'Key (township_id)=(85e4c47b-c348-45ad-9dbe-6a3e3752bf66) is not present in table "org_unit".'));
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('不存在');
    expect(answer(driverError('23503', 'Key (id)=(1) is still referenced from table "x".')).status).toBe(500);
  });

  it('gives every 429 a Retry-After: its own wait, else a minute', () => {
    const own = answer(new HttpException({ code: 'TOO_MANY_REQUESTS', message: '稍后再试', details: { retryAfterSeconds: 420 } }, HttpStatus.TOO_MANY_REQUESTS));
    expect(own.headers['Retry-After']).toBe('420');
    expect(answer(new HttpException('Too Many Requests', HttpStatus.TOO_MANY_REQUESTS)).headers['Retry-After']).toBe('60');
  });

  it('keeps conflicts at 409 and anything else at 500 without internals', () => {
    expect(answer(driverError('23505')).status).toBe(409);
    const other = answer(new Error('secret internals'));
    expect(other.status).toBe(500);
    expect(JSON.stringify(other.body)).not.toContain('secret');
  });
});
