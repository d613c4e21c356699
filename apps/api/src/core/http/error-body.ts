import { API_ERROR_CODES, type ApiErrorBody } from '@julu/contracts';

const DEFAULT_CODES: Record<number, string> = {
  400: API_ERROR_CODES.VALIDATION_FAILED,
  401: API_ERROR_CODES.UNAUTHENTICATED,
  403: API_ERROR_CODES.FORBIDDEN,
  404: API_ERROR_CODES.NOT_FOUND,
  409: API_ERROR_CODES.CONFLICT,
  413: API_ERROR_CODES.PAYLOAD_TOO_LARGE,
  429: API_ERROR_CODES.TOO_MANY_REQUESTS,
  503: API_ERROR_CODES.SERVICE_UNAVAILABLE,
};

const DEFAULT_MESSAGES: Record<number, string> = {
  400: '请求内容有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '请求的资源不存在',
  409: '数据已被他人修改，请刷新后重试',
  413: '请求内容过大',
  429: '请求过于频繁，请稍后再试',
  500: '服务器内部错误，请稍后重试或联系管理员',
  503: '服务暂不可用',
};

export function buildErrorBody(statusCode: number, requestId: string, parts: { code?: string; message?: string; details?: unknown } = {}): ApiErrorBody {
  const body: ApiErrorBody = {
    statusCode,
    code: parts.code ?? DEFAULT_CODES[statusCode] ?? (statusCode >= 500 ? API_ERROR_CODES.INTERNAL_ERROR : 'ERROR'),
    message: parts.message ?? DEFAULT_MESSAGES[statusCode] ?? '请求失败',
    requestId,
  };
  if (parts.details !== undefined) body.details = parts.details;
  return body;
}
