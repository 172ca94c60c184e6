import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../../shared/web-context.ts';
import { registerWorkQueueRoutes } from './request-routes.ts';

/** Disclosure requests in the back office: the work queue, staff intake and the case pages. */
export async function registerRequestBackOffice(scope: FastifyInstance, context: WebContext): Promise<void> {
  registerWorkQueueRoutes(scope, context);
}
