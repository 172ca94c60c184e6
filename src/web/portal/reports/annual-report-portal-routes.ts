import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { renderReportJson } from '../../../render/annual-report-json.ts';
import { findAgencyBySlug, type AgencyRow } from '../../../db/repositories/agencies.ts';
import {
  getPublishedAnnualReport,
  listPublishedAnnualReports,
} from '../../../use-cases/annual-reports/published-annual-reports.ts';
import { NotFoundError } from '../../../use-cases/errors.ts';
import { renderReportFile, reportFileName, sendReportFile } from '../../shared/annual-report-files.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { toPortalAgencyView } from '../portal-agency.ts';
import { renderPublishedReportListPage } from './published-report-list-page.ts';
import { renderPublishedReportPage } from './published-report-page.ts';

const agencyParameters = z.object({ slug: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/) });
const yearParameters = agencyParameters.extend({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number),
});
const downloadParameters = yearParameters.extend({ format: z.enum(['docx', 'pdf', 'json']) });

/** The portal's 年度报告 section: published reports only (never a draft), with their downloads. */
export function registerAnnualReportPortalRoutes(app: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  async function agencyOf(slug: string): Promise<AgencyRow> {
    const agency = await findAgencyBySlug(db, slug);
    if (!agency) throw new NotFoundError('找不到该机关');
    return agency;
  }

  async function publishedOf(parameters: unknown) {
    const parsed = yearParameters.safeParse(parameters);
    if (!parsed.success) throw new NotFoundError('找不到该年度报告');
    const agency = await agencyOf(parsed.data.slug);
    const published = await getPublishedAnnualReport(context.useCases, { agency, year: parsed.data.year });
    return { agency, year: parsed.data.year, published };
  }

  app.get('/a/:slug/reports', async (request, reply) => {
    const parsed = agencyParameters.safeParse(request.params);
    if (!parsed.success) throw new NotFoundError('找不到该机关');
    const agency = await agencyOf(parsed.data.slug);
    const years = await listPublishedAnnualReports(context.useCases, { agencyId: agency.id });
    return sendHtml(reply, renderPublishedReportListPage({ agency: toPortalAgencyView(agency), years }));
  });

  app.get('/a/:slug/reports/:year', async (request, reply) => {
    const { agency, year, published } = await publishedOf(request.params);
    return sendHtml(
      reply,
      renderPublishedReportPage({ agency: toPortalAgencyView(agency), year, published }),
    );
  });

  app.get('/a/:slug/reports/:year/download/:format', async (request, reply) => {
    const parsed = downloadParameters.safeParse(request.params);
    if (!parsed.success) throw new NotFoundError('找不到该下载格式');
    const { agency, year, published } = await publishedOf(request.params);
    const { report } = published.latest;
    const { format } = parsed.data;
    const fileName = reportFileName({ agencyName: agency.name, year, format });
    if (format === 'json') {
      return sendReportFile(reply, {
        content: renderReportJson({ report }),
        mediaType: 'application/json; charset=utf-8',
        fileName,
      });
    }
    const file = await renderReportFile({ report, format });
    if ('fontProblem' in file) {
      return sendHtml(
        reply,
        renderPublishedReportPage({
          agency: toPortalAgencyView(agency),
          year,
          published,
          notice: file.fontProblem,
        }),
        503,
      );
    }
    return sendReportFile(reply, { ...file, fileName });
  });
}
