import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyTarget } from '../../../db/repositories/agencies.ts';
import { listAgencyEventsPage } from '../../../db/repositories/agency-event-pages.ts';
import { listUsersOfAgency } from '../../../db/repositories/users.ts';
import { may } from '../../../domain/access/policy.ts';
import { verifyEventLog } from '../../../use-cases/audit/verify-event-log.ts';
import { formatDateTime } from '../../shared/format-time.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { loadAuthorisedAgency } from '../load-agency.ts';
import { staffSessionOf } from '../staff-session.ts';
import { renderAuditResultPage } from './audit-result-page.ts';
import { eventActorLabel, eventDetail, eventKindLabel } from './describe-event.ts';
import { renderEventLogPage } from './event-log-page.ts';

export const eventsPerPage = 50;

const eventLogQuery = z.object({ page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1) });

/** The agency's event log (newest first, paged) and the tamper check of its chain. */
export function registerEventRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  scope.get('/agencies/:slug/events', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'event.view',
    });
    const query = eventLogQuery.safeParse(request.query ?? {});
    const requestedPage = query.success ? query.data.page : 1;
    const firstPage = await listAgencyEventsPage(db, {
      agencyId: agency.id,
      limit: eventsPerPage,
      offset: (requestedPage - 1) * eventsPerPage,
    });
    const pageCount = Math.max(1, Math.ceil(firstPage.total / eventsPerPage));
    const page = Math.min(requestedPage, pageCount);
    const result =
      page === requestedPage
        ? firstPage
        : await listAgencyEventsPage(db, {
            agencyId: agency.id,
            limit: eventsPerPage,
            offset: (page - 1) * eventsPerPage,
          });
    const staffNames = new Map(
      (await listUsersOfAgency(db, agency.id)).map((user) => [
        user.id,
        `${user.displayName}（${user.username}）`,
      ]),
    );
    return reply.type('text/html; charset=utf-8').send(
      renderEventLogPage({
        session,
        csrfToken: reply.generateCsrf(),
        view: {
          agency: { slug: agency.slug, name: agency.name },
          events: result.events.map((event) => ({
            sequence: event.sequence,
            occurredAt: formatDateTime(event.occurredAt),
            kindLabel: eventKindLabel(event.kind),
            actorLabel: eventActorLabel(event.actor, staffNames),
            detail: eventDetail(event.kind, event.payload),
          })),
          page,
          pageCount,
          total: result.total,
          canVerifyAudit: may(session.actor, 'audit.verify', await agencyTarget(db, agency.id)).isAllowed,
        },
      }),
    );
  });

  scope.post('/agencies/:slug/audit', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'audit.verify',
    });
    const report = await verifyEventLog(db, { chain: agency.id });
    return reply.type('text/html; charset=utf-8').send(
      renderAuditResultPage({
        session,
        csrfToken: reply.generateCsrf(),
        view: {
          agency: { slug: agency.slug, name: agency.name },
          checkedAt: formatDateTime(context.useCases.now()),
          eventCount: report.events,
          problems: report.problems.map((problem) => ({
            sequence: problem.sequence,
            message: problem.message,
          })),
        },
      }),
    );
  });
}
