import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StaffActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { findAgencyById } from '../../db/repositories/agencies.ts';
import { resolveSession } from '../../use-cases/auth/sessions.ts';
import type { WebContext } from '../shared/web-context.ts';
import { loginHref } from './login/login-notices.ts';
import { clearSessionCookie, readSessionToken } from './session-cookie.ts';

/** The signed-in member of staff on a back-office request. */
export type StaffSession = {
  actor: StaffActor;
  username: string;
  agency: { id: string; slug: string; name: string };
};

const sessionsByRequest = new WeakMap<FastifyRequest, StaffSession>();

/** The staff session the authentication hook found; staff routes only run when there is one. */
export function staffSessionOf(request: FastifyRequest): StaffSession {
  const session = sessionsByRequest.get(request);
  if (!session) throw new Error('staff route reached without a session (authentication hook missing)');
  return session;
}

/**
 * Every route registered in `scope` requires a live session: without one the visitor is sent to the
 * login page with a message (and comes back afterwards); with one, the policy must let them in.
 */
export function requireStaffSession(scope: FastifyInstance, context: WebContext): void {
  scope.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = readSessionToken(request);
    const resolved = token ? await resolveSession(context.useCases, token) : undefined;
    const agency = resolved ? await findAgencyById(context.useCases.db, resolved.actor.agencyId) : undefined;
    if (!resolved || !agency) {
      if (token) clearSessionCookie(reply, { isSecure: context.isSecureCookie });
      const next = request.method === 'GET' ? request.url : undefined;
      return reply.redirect(loginHref({ notice: token ? 'expired' : 'required', next }), 303);
    }
    assertMay(resolved.actor, 'backoffice.enter');
    sessionsByRequest.set(request, {
      actor: resolved.actor,
      username: resolved.user.username,
      agency: { id: agency.id, slug: agency.slug, name: agency.name },
    });
  });
}
