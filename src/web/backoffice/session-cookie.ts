import type { FastifyReply, FastifyRequest } from 'fastify';

/** The session cookie holds the token from `logIn`; the database keeps only its hash. */
export const sessionCookieName = 'gongkai_session';

export function readSessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[sessionCookieName];
  return token ? token : undefined;
}

export function setSessionCookie(reply: FastifyReply, options: { token: string; isSecure: boolean }): void {
  reply.setCookie(sessionCookieName, options.token, {
    path: '/admin',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.isSecure,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: { isSecure: boolean }): void {
  reply.clearCookie(sessionCookieName, {
    path: '/admin',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.isSecure,
  });
}
