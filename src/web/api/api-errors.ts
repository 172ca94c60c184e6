import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AccessDeniedError } from '../../domain/access/policy.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../use-cases/errors.ts';

/** The body of every API error: a stable code, a Chinese message, and the fields at fault. */
export type ApiErrorBody = { error: { code: string; message: string; fieldErrors: Record<string, string> } };

export class AuthenticationRequiredError extends Error {
  constructor(message = '请提供有效的接口令牌（Authorization: Bearer …）或登录后再访问') {
    super(message);
    this.name = 'AuthenticationRequiredError';
  }
}

function errorResponseOf(error: unknown): { statusCode: number; body: ApiErrorBody } {
  const body = (code: string, message: string, fieldErrors: Record<string, string> = {}) => ({
    error: { code, message, fieldErrors },
  });
  if (error instanceof AuthenticationRequiredError)
    return { statusCode: 401, body: body('unauthenticated', error.message) };
  if (error instanceof AccessDeniedError) return { statusCode: 403, body: body('forbidden', error.message) };
  if (error instanceof NotFoundError) return { statusCode: 404, body: body('notFound', error.message) };
  if (error instanceof ConflictError) return { statusCode: 409, body: body('conflict', error.message) };
  if (error instanceof ValidationError) {
    return { statusCode: 400, body: body('invalid', error.message, error.fieldErrors) };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_CSRF_INVALID_TOKEN' || fastifyError.code === 'FST_CSRF_MISSING_SECRET') {
    return {
      statusCode: 403,
      body: body('csrf', '使用登录会话调用接口时须带有效的 CSRF 令牌；系统对接请使用接口令牌'),
    };
  }
  const statusCode = fastifyError.statusCode ?? 500;
  if (statusCode === 429) return { statusCode, body: body('tooManyRequests', '请求过于频繁，请稍后再试') };
  if (statusCode === 413) return { statusCode, body: body('tooLarge', '请求内容过大') };
  if (statusCode >= 400 && statusCode < 500) {
    return { statusCode, body: body('badRequest', '请求格式不正确（应为 JSON）') };
  }
  return { statusCode: 500, body: body('internal', '服务器内部错误，已记录，请稍后再试') };
}

/** JSON errors for the API scope (the pages keep their HTML error pages). Nothing personal is logged. */
export function registerApiErrors(scope: FastifyInstance): void {
  scope.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { statusCode, body } = errorResponseOf(error);
    if (statusCode >= 500) request.log.error({ err: error }, 'api request failed');
    else request.log.info({ statusCode, errorName: (error as Error).name }, 'api request refused');
    return reply.code(statusCode).header('cache-control', 'no-store').send(body);
  });
  scope.setNotFoundHandler((_request: FastifyRequest, reply: FastifyReply) =>
    reply.code(404).send({ error: { code: 'notFound', message: '接口不存在', fieldErrors: {} } }),
  );
}
