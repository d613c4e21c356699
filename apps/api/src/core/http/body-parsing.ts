import express, { type NextFunction, type Request, type Response } from 'express';
import { API_ERROR_CODES } from '@julu/contracts';
import { buildErrorBody } from './error-body';
import { requestIdOf } from './request-id';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * Deepest nesting of objects and arrays a JSON body may have. Real requests stay under ten levels;
 * thousands of levels parse fine but then overflow the stack of whatever walks the value
 * (class-transformer, validation), an unauthenticated 500.
 */
export const MAX_JSON_DEPTH = 64;

/** The nesting depth of a JSON text, counting brackets outside strings, without parsing it. */
export function jsonDepthExceeds(body: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

const refuseDeepJson = (_req: unknown, _res: unknown, body: Buffer): void => {
  if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) throw Object.assign(new Error('JSON nested too deeply'), { status: 400, type: 'entity.too.deep' });
};

/** JSON and form parsers with a size limit (and a depth limit), and the JSON answers for their failures. */
export function bodyParsers(limit: string): express.RequestHandler[] {
  return [express.json({ limit, verify: refuseDeepJson }), express.urlencoded({ extended: false, limit })];
}

export function bodyParserErrorHandler(err: BodyParserError, req: Request, res: Response, next: NextFunction): void {
  const requestId = requestIdOf(req);
  if (err.type === 'entity.too.large') {
    res.status(413).json(
      buildErrorBody(413, requestId, {
        code: API_ERROR_CODES.PAYLOAD_TOO_LARGE,
        message: `请求内容过大（上限 ${Math.round((err.limit ?? 0) / 1024)} KB），请精简后再提交；附件请使用附件上传功能`,
      }),
    );
    return;
  }
  if (err.type === 'entity.too.deep') {
    res.status(400).json(buildErrorBody(400, requestId, { code: API_ERROR_CODES.MALFORMED_JSON, message: `请求内容嵌套层数过多（上限 ${MAX_JSON_DEPTH} 层），请检查提交的数据` }));
    return;
  }
  if (err.type === 'entity.parse.failed') {
    res.status(400).json(buildErrorBody(400, requestId, { code: API_ERROR_CODES.MALFORMED_JSON, message: '请求内容不是有效的 JSON' }));
    return;
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    res.status(err.status).json(buildErrorBody(err.status, requestId, { message: '请求格式不正确' }));
    return;
  }
  next(err);
}
