import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryFailedError } from 'typeorm';
import { pinoOptions } from './pino-options';

const ID = '13052919800101123X';
const MOBILE = '13800000000';

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

/** Lines written through the API's own pino options. */
function capture(): { lines: string[]; stream: { write: (line: string) => void } } {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) } };
}

describe('log lines carry no ID or phone numbers', () => {
  it('logs a failed statement without its parameters, its values redacted from message and detail', () => {
    const { lines, stream } = capture();
    const logger = pino(pinoOptions('info'), stream);
    const driverError = Object.assign(new Error(`invalid input syntax for type uuid: "${ID}"`), {
      code: '22P02',
      detail: `Failing row contains (张三, ${ID}, ${MOBILE}).`,
    });
    const err = new QueryFailedError('INSERT INTO petitioner (name, id_number_enc, mobile_enc) VALUES ($1, $2, $3)', ['张三', ID, MOBILE], driverError);
    logger.error({ requestId: 'r1', err }, 'Unhandled error');
    const [line] = lines;
    expect(line).not.toContain(ID);
    expect(line).not.toContain(MOBILE);
    expect(line).not.toContain('张三');
    const entry = JSON.parse(line);
    expect(entry.err).toMatchObject({ type: 'QueryFailedError', code: '22P02', query: expect.stringContaining('INSERT INTO petitioner'), detail: 'Failing row contains (…).' });
    expect(entry.err).not.toHaveProperty('parameters');
    expect(entry.err).not.toHaveProperty('driverError');
    expect(entry.err.message).toContain('[REDACTED-ID]');
  });

  it('redacts numbers in messages and any other field', () => {
    const { lines, stream } = capture();
    pino(pinoOptions('info'), stream).warn({ caller: `+86 ${MOBILE}`, landline: '0319-5212345' }, `lookup of ${ID} failed`);
    expect(lines[0]).not.toMatch(/13052919800101123X|13800000000|5212345/);
    expect(JSON.parse(lines[0]).msg).toBe('lookup of [REDACTED-ID] failed');
  });

  it('redacts the request URL of the request log', async () => {
    const { lines, stream } = capture();
    const middleware = pinoHttp({ ...pinoOptions('info'), quietReqLogger: false }, stream);
    const server = createServer((req, res) => {
      middleware(req, res);
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await fetch(`http://127.0.0.1:${port}/api/petitioners?idNumber=${ID}&phone=%2B86%20${MOBILE}`);
      await waitFor(() => lines.some((l) => l.includes('"req"')));
    } finally {
      server.close();
    }
    const completed = lines.map((l) => JSON.parse(l)).find((e) => e.req);
    expect(completed.req.url).toBe('/api/petitioners?idNumber=[REDACTED-ID]&phone=[REDACTED-PHONE]');
    expect(lines.join('\n')).not.toMatch(/13052919800101123X|13800000000/);
  });

  it('leaves the live event stream out of the request log (it stays open for hours), and logs the request beside it', async () => {
    const { lines, stream } = capture();
    const middleware = pinoHttp({ ...pinoOptions('info'), quietReqLogger: false }, stream);
    const server = createServer((req, res) => {
      middleware(req, res);
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await fetch(`http://127.0.0.1:${port}/api/live/stream`);
      await fetch(`http://127.0.0.1:${port}/api/notifications`);
      await waitFor(() => lines.some((l) => l.includes('/api/notifications')));
    } finally {
      server.close();
    }
    expect(lines.join('\n')).not.toContain('/api/live/stream');
  });
});
