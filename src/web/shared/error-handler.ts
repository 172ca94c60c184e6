import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AccessDeniedError } from '../../domain/access/policy.ts';
import { LoginFailedError } from '../../use-cases/auth/log-in.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../use-cases/errors.ts';
import { notFoundView, renderErrorPage, type ErrorPageView } from './error-pages.ts';

/** Maps an error to the page the visitor sees. Unknown errors become a plain 500 page. */
export function errorPageFor(error: unknown): ErrorPageView {
  if (error instanceof AccessDeniedError)
    return { statusCode: 403, title: '无权访问', message: error.message };
  if (error instanceof NotFoundError)
    return { ...notFoundView, message: `${error.message}。请检查网址是否正确。` };
  if (error instanceof ConflictError) return { statusCode: 409, title: '操作未完成', message: error.message };
  if (error instanceof ValidationError)
    return { statusCode: 400, title: '提交的内容有误', message: error.message };
  if (error instanceof LoginFailedError)
    return { statusCode: 401, title: '登录失败', message: error.message };
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_CSRF_INVALID_TOKEN' || fastifyError.code === 'FST_CSRF_MISSING_SECRET') {
    return {
      statusCode: 403,
      title: '表单已失效',
      message: '为保护您的账号安全，本次提交未被处理。请返回上一页，刷新页面后重新提交。',
    };
  }
  const statusCode = fastifyError.statusCode ?? 500;
  if (statusCode === 429) {
    return { statusCode, title: '尝试次数过多', message: '您在短时间内尝试的次数过多，请15分钟后再试。' };
  }
  if (statusCode === 404) return notFoundView;
  if (statusCode >= 400 && statusCode < 500) {
    return { statusCode, title: '请求无法处理', message: '您提交的请求格式不正确，请返回上一页重试。' };
  }
  return {
    statusCode: 500,
    title: '系统出错了',
    message:
      '服务器处理您的请求时出现了问题，我们已记录此错误。请稍后再试；如问题持续，请联系本机关政府信息公开工作机构。',
  };
}

export function registerErrorPages(app: FastifyInstance): void {
  app.setNotFoundHandler((_request: FastifyRequest, reply: FastifyReply) => {
    return reply.code(404).type('text/html; charset=utf-8').send(renderErrorPage(notFoundView));
  });
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const view = errorPageFor(error);
    if (view.statusCode >= 500) {
      // The error itself (message and stack) goes to the log, never to the visitor.
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ statusCode: view.statusCode, errorName: (error as Error).name }, 'request refused');
    }
    return reply.code(view.statusCode).type('text/html; charset=utf-8').send(renderErrorPage(view));
  });
}
