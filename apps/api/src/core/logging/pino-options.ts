import { randomUUID } from 'node:crypto';
import type { Options } from 'pino-http';
import { redactLogLine, serializeError, serializeRequest } from './log-serializers';

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
