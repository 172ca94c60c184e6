import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listPublishedItems } from '../../../use-cases/publications/list-published-items.ts';
import { getPublishedItem } from '../../../use-cases/publications/get-published-item.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { findAgencyBySlug } from '../../../db/repositories/agencies.ts';
import { NotFoundError } from '../../../use-cases/errors.ts';
import { toPortalAgencyView, type PortalAgencyView } from '../portal-agency.ts';
import { renderPublicationCataloguePage } from './publication-catalogue-page.ts';
import { portalPublicationsHref } from './publication-portal-links.ts';
import { renderPublishedItemPage } from './published-item-page.ts';

const listQuery = z.object({
  q: z.string().max(100).catch('').default(''),
  page: z.string().max(6).catch('1').default('1'),
});
const slugParameters = z.object({ slug: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/) });
const itemParameters = z.object({ itemId: z.string().max(64) });

/**
 * The portal's 政府信息公开目录 (Art. 12, 23): published items with bigram search, one page per
 * item with its metadata table. /a/:slug/catalogue, the section's first address, redirects here.
 */
export function registerPublicationPortalRoutes(app: FastifyInstance, context: WebContext): void {
  async function loadAgency(parameters: unknown): Promise<PortalAgencyView & { id: string }> {
    const parsed = slugParameters.safeParse(parameters);
    const agency = parsed.success ? await findAgencyBySlug(context.useCases.db, parsed.data.slug) : undefined;
    if (!agency) throw new NotFoundError('找不到该机关');
    return { ...toPortalAgencyView(agency), id: agency.id };
  }

  app.get('/a/:slug/catalogue', async (request, reply) => {
    const agency = await loadAgency(request.params);
    return reply.redirect(portalPublicationsHref(agency.slug), 301);
  });

  app.get('/a/:slug/publications', async (request, reply) => {
    const agency = await loadAgency(request.params);
    const query = listQuery.parse(request.query ?? {});
    const result = await listPublishedItems(context.useCases, {
      agencyId: agency.id,
      query: query.q,
      page: query.page,
    });
    return sendHtml(reply, renderPublicationCataloguePage({ agency, ...result }));
  });

  app.get('/a/:slug/publications/:itemId', async (request, reply) => {
    const agency = await loadAgency(request.params);
    const { itemId } = itemParameters.parse(request.params);
    const item = await getPublishedItem(context.useCases, { agencyId: agency.id, itemId });
    return sendHtml(
      reply,
      renderPublishedItemPage({ agency, item }),
      item.status === 'withdrawn' ? 410 : 200,
    );
  });
}
