import type { FastifyInstance } from 'fastify';
import { sendHtml } from '../shared/send-html.ts';
import { z } from 'zod';
import { findAgencyBySlug, listAgenciesInScope } from '../../db/repositories/agencies.ts';
import { NotFoundError } from '../../use-cases/errors.ts';
import type { WebContext } from '../shared/web-context.ts';
import { renderAgencyListPage } from './agency-list-page.ts';
import { renderGuidePage } from './guide-page.ts';
import { portalHomeHref, toPortalAgencyView, type PortalAgencyView } from './portal-agency.ts';
import { renderPortalHomePage } from './portal-home-page.ts';
import { registerPublicationPortalRoutes } from './publications/publication-portal-routes.ts';
import { registerConsultationPortalRoutes } from './consultations/consultation-portal-routes.ts';
import { registerAnnualReportPortalRoutes } from './reports/annual-report-portal-routes.ts';
import { registerRequestPortalRoutes } from './requests/request-portal-routes.ts';

const slugParameters = z.object({ slug: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/) });

/** The public portal: the list of agencies and each agency's disclosure pages. */
export function registerPortal(app: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  async function loadAgency(parameters: unknown): Promise<PortalAgencyView> {
    const parsed = slugParameters.safeParse(parameters);
    const agency = parsed.success ? await findAgencyBySlug(db, parsed.data.slug) : undefined;
    if (!agency) throw new NotFoundError('找不到该机关');
    return toPortalAgencyView(agency);
  }

  app.get('/', async (_request, reply) => {
    const agencies = await listAgenciesInScope(db, { kind: 'all' });
    const [only] = agencies;
    if (agencies.length === 1 && only) return reply.redirect(portalHomeHref(only.slug));
    return sendHtml(
      reply,
      renderAgencyListPage({ agencies: agencies.map(({ slug, name, region }) => ({ slug, name, region })) }),
    );
  });

  app.get('/a/:slug', async (request, reply) => {
    const agency = await loadAgency(request.params);
    return reply.redirect(portalHomeHref(agency.slug), 301);
  });
  app.get('/a/:slug/', async (request, reply) =>
    sendHtml(reply, renderPortalHomePage(await loadAgency(request.params))),
  );
  app.get('/a/:slug/guide', async (request, reply) =>
    sendHtml(reply, renderGuidePage(await loadAgency(request.params))),
  );
  void app.register(async (requestScope) => registerRequestPortalRoutes(requestScope, context, loadAgency));
  registerAnnualReportPortalRoutes(app, context);
  registerPublicationPortalRoutes(app, context);
  registerConsultationPortalRoutes(app, context, loadAgency);
}
