import { redactPersonalData, redactUrl } from './redact-personal-data';

/**
 * Fields of an error that may be logged. Everything else is left out: above all TypeORM's
 * `parameters` (the values of the failed statement: names, ciphertexts, blind indexes), the
 * driver error it copies them from, and an HttpException's response body.
 */
const ERROR_FIELDS = ['code', 'status', 'statusCode', 'severity', 'constraint', 'table', 'column', 'schema', 'routine', 'errno', 'syscall', 'query', 'hint'] as const;

type Loggable = Record<string, unknown>;

/**
 * PostgreSQL puts values into `detail` ("Key (col)=(value) already exists", "Failing row
 * contains (…whole row…)"): the column names stay, the values go.
 */
function redactDetail(detail: string): string {
  return redactPersonalData(detail.replace(/Failing row contains \(.*\)/s, 'Failing row contains (…)').replace(/\)=\((.*?)\)/g, ')=(…)'));
}

/** pino serializer for `err`: type, message and stack (redacted) and the whitelisted fields; never the statement's parameters. */
export function serializeError(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (!value || typeof value !== 'object') return value;
  const err = value as Loggable;
  const out: Loggable = {
    type: typeof err['type'] === 'string' ? err['type'] : (err.constructor?.name ?? 'Error'),
    message: typeof err['message'] === 'string' ? redactPersonalData(err['message']) : undefined,
    stack: typeof err['stack'] === 'string' ? redactPersonalData(err['stack']) : undefined,
  };
  for (const key of ERROR_FIELDS) {
    const field = err[key];
    if (field === undefined || field === null) continue;
    out[key] = typeof field === 'string' ? redactPersonalData(field) : typeof field === 'number' || typeof field === 'boolean' ? field : undefined;
  }
  if (typeof err['detail'] === 'string') out['detail'] = redactDetail(err['detail']);
  if (Array.isArray(err['aggregateErrors']) && depth < 3) out['aggregateErrors'] = err['aggregateErrors'].map((e) => serializeError(e, depth + 1));
  return out;
}

/** pino serializer for `req`: the method and the URL with personal numbers redacted (bodies and headers are not logged). */
export function serializeRequest(req: { id?: unknown; method?: string; url?: string }): Loggable {
  return { id: req.id, method: req.method, url: typeof req.url === 'string' ? redactUrl(req.url) : req.url };
}

/** pino `hooks.streamWrite`: the last net under the serializers, for messages and any other field. */
export const redactLogLine = (line: string): string => redactPersonalData(line);
