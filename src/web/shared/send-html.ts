import type { FastifyReply } from 'fastify';

/** Sends a rendered page as UTF-8 HTML with its status code. */
export function sendHtml(reply: FastifyReply, page: string, statusCode = 200): FastifyReply {
  return reply.code(statusCode).type('text/html; charset=utf-8').send(page);
}
