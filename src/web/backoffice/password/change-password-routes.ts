import type { FastifyInstance } from 'fastify';
import { changePassword } from '../../../use-cases/auth/change-password.ts';
import { ValidationError } from '../../../use-cases/errors.ts';
import { formText, parseFormBody } from '../../shared/form-body.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { loginHref } from '../login/login-notices.ts';
import { clearSessionCookie } from '../session-cookie.ts';
import { staffSessionOf } from '../staff-session.ts';
import { renderChangePasswordPage } from './change-password-page.ts';

export function registerChangePasswordRoutes(scope: FastifyInstance, context: WebContext): void {
  scope.get('/password', async (request, reply) => {
    const session = staffSessionOf(request);
    return reply.type('text/html; charset=utf-8').send(
      renderChangePasswordPage({
        session,
        csrfToken: reply.generateCsrf(),
        state: { values: {}, fieldErrors: {} },
      }),
    );
  });

  scope.post('/password', async (request, reply) => {
    const session = staffSessionOf(request);
    const body = parseFormBody(request.body);
    try {
      await changePassword(context.useCases, session.actor, {
        currentPassword: formText(body, 'currentPassword'),
        newPassword: formText(body, 'newPassword'),
        confirmation: formText(body, 'confirmation'),
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return reply
        .code(400)
        .type('text/html; charset=utf-8')
        .send(
          renderChangePasswordPage({
            session,
            csrfToken: reply.generateCsrf(),
            state: { values: {}, fieldErrors: error.fieldErrors },
            message: error.message,
          }),
        );
    }
    // changePassword ends every session of the user, this one included.
    clearSessionCookie(reply, { isSecure: context.isSecureCookie });
    return reply.redirect(loginHref({ notice: 'password-changed' }), 303);
  });
}
