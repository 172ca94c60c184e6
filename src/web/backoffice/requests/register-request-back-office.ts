import type { FastifyInstance } from 'fastify';
import { registerRequestAttachmentUpload } from '../../shared/request-attachment-upload.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { registerCaseRoutes } from './case-routes.ts';
import { registerIntakeRoutes } from './intake-routes.ts';
import { registerWorkQueueRoutes } from './request-routes.ts';

/**
 * Disclosure requests in the back office: the work queue, staff intake and the case pages, in a
 * scope of their own (multipart for the scan of a paper request applies to these routes only).
 */
export async function registerRequestBackOffice(scope: FastifyInstance, context: WebContext): Promise<void> {
  await registerRequestAttachmentUpload(scope);
  registerWorkQueueRoutes(scope, context);
  registerIntakeRoutes(scope, context);
  registerCaseRoutes(scope, context);
}
