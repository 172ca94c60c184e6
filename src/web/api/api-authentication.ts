import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { StaffActor } from '../../domain/access/actor.ts';
import { resolveApiToken } from '../../use-cases/api-tokens/resolve-api-token.ts';
import { resolveSession } from '../../use-cases/auth/sessions.ts';
import { readSessionToken } from '../backoffice/session-cookie.ts';
import type { WebContext } from '../shared/web-context.ts';
import { AuthenticationRequiredError } from './api-errors.ts';

const actorsByRequest = new WeakMap<FastifyRequest, StaffActor>();

/** The bearer token of the Authorization header, if any. */
export function bearerTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/**
 * True for a request authenticated by an API token alone (a bearer token and no session cookie):
 * no browser sends it on its own, so it needs no CSRF token. A request with a session cookie
 * always goes through the CSRF check, whatever else it carries.
 */
export function isBearerOnlyRequest(request: FastifyRequest): boolean {
  return bearerTokenOf(request) !== undefined && readSessionToken(request) === undefined;
}

/** The authenticated member of staff of an API route. */
export function apiActorOf(request: FastifyRequest): StaffActor {
  const actor = actorsByRequest.get(request);
  if (!actor) throw new AuthenticationRequiredError();
  return actor;
}

/** Every route of `scope` needs an API token or a staff session (the roles then decide, in the use cases). */
export function requireApiActor(scope: FastifyInstance, context: WebContext): void {
  scope.addHook('onRequest', async (request: FastifyRequest) => {
    const bearer = bearerTokenOf(request);
    let actor: StaffActor | undefined;
    if (bearer !== undefined) {
      actor = await resolveApiToken(context.useCases, bearer);
    } else {
      const sessionToken = readSessionToken(request);
      actor = sessionToken ? (await resolveSession(context.useCases, sessionToken))?.actor : undefined;
    }
    if (!actor) throw new AuthenticationRequiredError();
    actorsByRequest.set(request, actor);
  });
}
