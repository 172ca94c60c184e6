import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { logIn, LoginFailedError } from '../../../use-cases/auth/log-in.ts';
import { logOut } from '../../../use-cases/auth/log-out.ts';
import { resolveSession } from '../../../use-cases/auth/sessions.ts';
import { formText, parseFormBody } from '../../shared/form-body.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../session-cookie.ts';
import { renderLoginPage } from './login-page.ts';
import { loginHref, loginNotice, safeNextPath } from './login-notices.ts';

/** Login attempts per client address and window, on top of the account lockout in `logIn`. */
export const loginAttemptsPerWindow = 10;
export const loginWindow = '15 minutes';

const loginQuery = z.object({ notice: z.string().optional(), next: z.string().optional() });

function tooManyAttempts(): Error {
  return Object.assign(new Error('too many login attempts'), { statusCode: 429 });
}

/** Login and logout: the routes a visitor without a session may use. */
export function registerLoginRoutes(scope: FastifyInstance, context: WebContext): void {
  scope.get('/login', async (request, reply) => {
    const query = loginQuery.safeParse(request.query);
    const token = readSessionToken(request);
    if (token && (await resolveSession(context.useCases, token))) return reply.redirect('/admin', 303);
    return reply.type('text/html; charset=utf-8').send(
      renderLoginPage({
        csrfToken: reply.generateCsrf(),
        state: { values: {}, fieldErrors: {} },
        next: safeNextPath(query.success ? query.data.next : undefined),
        notice: loginNotice(query.success ? query.data.notice : undefined),
      }),
    );
  });

  scope.post(
    '/login',
    {
      config: {
        rateLimit: {
          max: loginAttemptsPerWindow,
          timeWindow: loginWindow,
          keyGenerator: (request: FastifyRequest) => request.ip,
          errorResponseBuilder: tooManyAttempts,
        },
      },
    },
    async (request, reply) => {
      const body = parseFormBody(request.body);
      const username = formText(body, 'username').trim();
      const password = formText(body, 'password');
      const next = safeNextPath(formText(body, 'next'));
      const fieldErrors: Record<string, string> = {};
      if (!username) fieldErrors.username = '请填写用户名';
      if (!password) fieldErrors.password = '请填写密码';
      let failure: string | undefined;
      if (Object.keys(fieldErrors).length === 0) {
        try {
          const { token } = await logIn(context.useCases, { username, password, clientAddress: request.ip });
          setSessionCookie(reply, { token, isSecure: context.isSecureCookie });
          return reply.redirect(next ?? '/admin', 303);
        } catch (error) {
          if (!(error instanceof LoginFailedError)) throw error;
          failure = error.message;
        }
      }
      return reply
        .code(failure ? 401 : 400)
        .type('text/html; charset=utf-8')
        .send(
          renderLoginPage({
            csrfToken: reply.generateCsrf(),
            state: { values: { username }, fieldErrors },
            next,
            failure: failure ?? '请填写用户名和密码',
          }),
        );
    },
  );

  scope.post('/logout', async (request, reply) => {
    const token = readSessionToken(request);
    if (token) await logOut(context.useCases, token);
    clearSessionCookie(reply, { isSecure: context.isSecureCookie });
    return reply.redirect(loginHref({ notice: 'logged-out' }), 303);
  });
}
