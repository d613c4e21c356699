import { randomUUID } from 'node:crypto';
import { API_ROUTES } from '@julu/contracts';
import type { Options } from 'pino-http';
import { redactLogLine, serializeError, serializeRequest } from './log-serializers';

const LIVE_STREAM_PATH = API_ROUTES.liveStream;

/**
 * The pino(-http) options of the API and the worker. ID and phone numbers never reach a line: the
 * serializers redact URLs and errors (and drop SQL parameters), and every line passes the same
 * redaction once more just before it is written (messages, any other field).
 */
export function pinoOptions(level: string): Options {
  return {
    level,
    genReqId: (req) => (typeof req.id === 'string' ? req.id : randomUUID()),
    quietReqLogger: true,
    // A live event stream stays open for hours: one "request completed" (or "aborted") line with an
    // hours-long response time says nothing; LiveStreamService logs its opening and closing instead.
    autoLogging: { ignore: (req) => pathOf(req) === LIVE_STREAM_PATH },
    customAttributeKeys: { reqId: 'reqId' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: serializeRequest,
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
    hooks: { streamWrite: redactLogLine },
  };
}

/** The request's path as the client sent it (Express keeps it in originalUrl when a mount point strips url). */
function pathOf(req: { url?: string; originalUrl?: string }): string {
  return (req.originalUrl ?? req.url ?? '').split('?')[0];
}
