import type { FastifyReply, FastifyRequest } from 'fastify';

/** The session cookie holds the token from `logIn`; the database keeps only its hash. */
export const sessionCookieName = 'gongkai_session';

/**
 * Path `/` (decision 0006): the back office (`/admin`) and the JSON API (`/api/v1`) share the
 * staff session, so a logged-in browser can call the API. Every unsafe request that carries the
 * cookie needs the CSRF token (server.ts), whatever its path; API tokens need none.
 */
const sessionCookiePath = '/';

/** Where the cookie lived before decision 0006; logging out clears it there too. */
const legacySessionCookiePath = '/admin';

export function readSessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[sessionCookieName];
  return token ? token : undefined;
}

export function setSessionCookie(reply: FastifyReply, options: { token: string; isSecure: boolean }): void {
  reply.setCookie(sessionCookieName, options.token, {
    path: sessionCookiePath,
    httpOnly: true,
    sameSite: 'lax',
    secure: options.isSecure,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: { isSecure: boolean }): void {
  for (const path of [sessionCookiePath, legacySessionCookiePath]) {
    reply.clearCookie(sessionCookieName, { path, httpOnly: true, sameSite: 'lax', secure: options.isSecure });
  }
}
