import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { may } from '../../../domain/access/policy.ts';
import { agencyTarget } from '../../../db/repositories/agencies.ts';
import { loadWorkingCalendar } from '../../../use-cases/calendar/load-working-calendar.ts';
import { listWorkQueue } from '../../../use-cases/disclosure-requests/list-work-queue.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { staffSessionOf } from '../staff-session.ts';
import { renderWorkQueuePage } from './work-queue-page.ts';
import { isWorkQueueTab, workQueueView } from './work-queue-view.ts';

const queueQuery = z.object({
  phase: z.string().max(40).optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
});

/** The work queue of disclosure requests (`request.viewSummary`; names only with `request.view`). */
export function registerWorkQueueRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  scope.get('/requests', async (request, reply) => {
    const session = staffSessionOf(request);
    const query = queueQuery.parse(request.query ?? {});
    const tab = query.phase && isWorkQueueTab(query.phase) ? query.phase : 'open';
    const text = query.q?.trim() ?? '';
    const filter = text ? { text } : {};
    const [open, closed, calendar] = await Promise.all([
      listWorkQueue(context.useCases, session.actor, filter),
      listWorkQueue(context.useCases, session.actor, { ...filter, phases: ['closed'] }),
      loadWorkingCalendar(db),
    ]);
    const target = await agencyTarget(db, session.agency.id);
    const view = workQueueView({
      tab,
      text,
      open,
      closed,
      calendar,
      canRegister: may(session.actor, 'request.handle', target).isAllowed,
    });
    return sendHtml(reply, renderWorkQueuePage({ session, csrfToken: reply.generateCsrf(), view }));
  });
}
