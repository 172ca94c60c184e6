import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isoDateInShanghai, yearOf } from '../../../domain/calendar/iso-date.ts';
import {
  renderReportAggregateCsv,
  renderReportStatusCsv,
  reportAggregateJson,
} from '../../../render/supervision-exports.ts';
import { parseInput } from '../../../use-cases/agencies/agency-input.ts';
import { aggregateSupervisedReports } from '../../../use-cases/supervision/aggregate-supervised-reports.ts';
import {
  listAnnualReportStatus,
  reportStatuses,
} from '../../../use-cases/supervision/list-annual-report-status.ts';
import { latenessSorts, listRequestLateness } from '../../../use-cases/supervision/list-request-lateness.ts';
import { supervisionScopeOf } from '../../../use-cases/supervision/supervision-scope.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { staffSessionOf } from '../staff-session.ts';
import { renderReportAggregatePage } from './report-aggregate-page.ts';
import { renderReportStatusPage, type ReportStatusQuery } from './report-status-page.ts';
import { renderRequestLatenessPage, type RequestLatenessQuery } from './request-lateness-page.ts';
import { reportStatusHref } from './supervision-links.ts';

const yearParameter = z
  .string()
  .trim()
  .regex(/^\d{4}$/, '年度应为四位数字，例如2024')
  .transform(Number)
  .optional();

const statusQuerySchema = z.object({
  year: yearParameter,
  status: z.enum(['', ...reportStatuses], { error: '状态无效，请从列表中选择' }).default(''),
  late: z.enum(['yes'], { error: '“只看逾期的”取值无效' }).optional(),
  name: z.string().trim().max(50, '机关名称检索词不能超过50个字').default(''),
  page: z.coerce.number({ error: '页码无效' }).int({ error: '页码无效' }).min(1, '页码无效').default(1),
});

const aggregateQuerySchema = z.object({ year: yearParameter });

const latenessQuerySchema = z.object({
  sort: z.enum(latenessSorts, { error: '排序方式无效' }).default('overdue'),
  name: z.string().trim().max(50, '机关名称检索词不能超过50个字').default(''),
  open: z.enum(['yes'], { error: '“只看有未办结申请的机关”取值无效' }).optional(),
  page: z.coerce.number({ error: '页码无效' }).int({ error: '页码无效' }).min(1, '页码无效').default(1),
});

/**
 * The supervision pages (督查) under /admin/supervision: 年报督查 (with CSV), 年报汇总 (with CSV and
 * JSON), 办理时限督查. Read-only GET pages; the use cases ask the policy (`supervision.view`).
 */
export function registerSupervisionRoutes(scope: FastifyInstance, context: WebContext): void {
  /** The report year whose deadlines fall in the current year: last year. */
  const lastReportYear = (): number => yearOf(isoDateInShanghai(context.useCases.now())) - 1;

  scope.get('/supervision', async (request, reply) => {
    supervisionScopeOf(staffSessionOf(request).actor);
    return reply.redirect(reportStatusHref, 303);
  });

  function statusQueryOf(query: unknown): { query: ReportStatusQuery; page: number } {
    const parsed = parseInput(statusQuerySchema, query ?? {});
    return {
      query: {
        year: parsed.year ?? lastReportYear(),
        status: parsed.status,
        isLateOnly: parsed.late === 'yes',
        name: parsed.name,
      },
      page: parsed.page,
    };
  }

  function statusFilterOf(query: ReportStatusQuery): Parameters<typeof listAnnualReportStatus>[2] {
    return {
      year: query.year,
      ...(query.status ? { status: query.status } : {}),
      isLateOnly: query.isLateOnly,
      ...(query.name ? { name: query.name } : {}),
    };
  }

  scope.get('/supervision/reports', async (request, reply) => {
    const session = staffSessionOf(request);
    const { query, page } = statusQueryOf(request.query);
    const listing = await listAnnualReportStatus(context.useCases, session.actor, {
      ...statusFilterOf(query),
      page,
    });
    return sendHtml(
      reply,
      renderReportStatusPage({
        session,
        csrfToken: reply.generateCsrf(),
        query,
        listing,
        lastReportYear: lastReportYear(),
      }),
    );
  });

  scope.get('/supervision/reports.csv', async (request, reply) => {
    const session = staffSessionOf(request);
    const { query } = statusQueryOf(request.query);
    const listing = await listAnnualReportStatus(context.useCases, session.actor, {
      ...statusFilterOf(query),
      pageSize: 10_000,
    });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="annual-report-status-${query.year}.csv"`)
      .send(renderReportStatusCsv({ year: query.year, entries: listing.entries }));
  });

  async function aggregateFor(options: {
    actor: Parameters<typeof aggregateSupervisedReports>[1];
    query: unknown;
  }) {
    const parsed = parseInput(aggregateQuerySchema, options.query ?? {});
    const year = parsed.year ?? lastReportYear();
    return aggregateSupervisedReports(context.useCases, options.actor, { year });
  }

  scope.get('/supervision/aggregate', async (request, reply) => {
    const session = staffSessionOf(request);
    const result = await aggregateFor({ actor: session.actor, query: request.query });
    return sendHtml(
      reply,
      renderReportAggregatePage({
        session,
        csrfToken: reply.generateCsrf(),
        year: result.year,
        lastReportYear: lastReportYear(),
        result,
      }),
    );
  });

  scope.get('/supervision/aggregate.csv', async (request, reply) => {
    const result = await aggregateFor({ actor: staffSessionOf(request).actor, query: request.query });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="annual-report-aggregate-${result.year}.csv"`)
      .send(renderReportAggregateCsv(result.aggregate));
  });

  scope.get('/supervision/aggregate.json', async (request, reply) => {
    const result = await aggregateFor({ actor: staffSessionOf(request).actor, query: request.query });
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="annual-report-aggregate-${result.year}.json"`)
      .send(
        JSON.stringify(
          reportAggregateJson({ aggregate: result.aggregate, coverage: result.coverage }),
          null,
          2,
        ),
      );
  });

  scope.get('/supervision/deadlines', async (request, reply) => {
    const session = staffSessionOf(request);
    const parsed = parseInput(latenessQuerySchema, request.query ?? {});
    const query: RequestLatenessQuery = {
      sort: parsed.sort,
      name: parsed.name,
      isWithOpenCasesOnly: parsed.open === 'yes',
    };
    const listing = await listRequestLateness(context.useCases, session.actor, {
      sort: query.sort,
      ...(query.name ? { name: query.name } : {}),
      isWithOpenCasesOnly: query.isWithOpenCasesOnly,
      page: parsed.page,
    });
    return sendHtml(
      reply,
      renderRequestLatenessPage({ session, csrfToken: reply.generateCsrf(), query, listing }),
    );
  });
}
