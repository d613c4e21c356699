import express, { type NextFunction, type Request, type Response } from 'express';
import { API_ERROR_CODES } from '@julu/contracts';
import { buildErrorBody } from './error-body';
import { requestIdOf } from './request-id';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/** JSON and form parsers with a size limit, and the JSON answers for their failures. */
export function bodyParsers(limit: string): express.RequestHandler[] {
  return [express.json({ limit }), express.urlencoded({ extended: false, limit })];
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
  if (err.type === 'entity.parse.failed') {
    res.status(400).json(
      buildErrorBody(400, requestId, { code: API_ERROR_CODES.MALFORMED_JSON, message: '请求内容不是有效的 JSON' }),
    );
    return;
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    res.status(err.status).json(buildErrorBody(err.status, requestId, { message: '请求格式不正确' }));
    return;
  }
  next(err);
}
