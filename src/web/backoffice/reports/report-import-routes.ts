import type { FastifyInstance } from 'fastify';
import { sendHtml } from '../../shared/send-html.ts';
import { z } from 'zod';
import { AccessDeniedError, agencyScope, assertMay, may } from '../../../domain/access/policy.ts';
import { agencyTarget } from '../../../db/repositories/agencies.ts';
import { renderImportSummaryCsv } from '../../../render/import-summary-csv.ts';
import { resolveSession } from '../../../use-cases/auth/sessions.ts';
import { deleteImportedReport } from '../../../use-cases/imported-reports/delete-imported-report.ts';
import { getImportedReport } from '../../../use-cases/imported-reports/get-imported-report.ts';
import {
  importReportFiles,
  type ReportUpload,
} from '../../../use-cases/imported-reports/import-report-files.ts';
import { listImportedReports } from '../../../use-cases/imported-reports/list-imported-reports.ts';
import { renderErrorPage } from '../../shared/error-pages.ts';
import { formText, parseFormBody } from '../../shared/form-body.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { loginHref } from '../login/login-notices.ts';
import { pageNotice } from '../page-notices.ts';
import { readSessionToken } from '../session-cookie.ts';
import { staffSessionOf, type StaffSession } from '../staff-session.ts';
import { renderImportedReportListPage, type ReportListFilter } from './imported-report-list-page.ts';
import { renderImportedReportPage } from './imported-report-page.ts';
import { importedReportHref, importedReportsHref } from './report-labels.ts';
import { renderReportBatchPage } from './report-batch-page.ts';
import { renderReportUploadPage } from './report-upload-page.ts';
import {
  allowedExtensions,
  hasAllowedExtension,
  receivedUpload,
  registerReportUpload,
  uploadLimitMessage,
  uploadLimits,
  type ReceivedFile,
} from './report-upload.ts';
import { batchView, importedReportView, listRowView, summaryLineOf } from './report-views.ts';

const listQuerySchema = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .catch(undefined),
  name: z.string().max(50).optional().catch(undefined),
  failures: z.enum(['yes', 'no']).optional().catch(undefined),
  sort: z.enum(['hardFailures', 'year', 'agencyName', 'importedAt']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
  id: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.uuid()).max(500))
    .optional()
    .catch(undefined),
});

const idParameters = z.object({ id: z.string().max(64) });

function listFilterOf(query: unknown): { filter: ReportListFilter; page: number; ids: string[] | undefined } {
  const parsed = listQuerySchema.parse(query ?? {});
  return {
    filter: {
      year: parsed.year ?? '',
      agencyName: parsed.name?.trim() ?? '',
      failures: parsed.failures ?? '',
      sort: parsed.sort ?? 'hardFailures',
    },
    page: parsed.page ?? 1,
    ids: parsed.id,
  };
}

function listOptions(filter: ReportListFilter): {
  year: number | undefined;
  agencyName: string | undefined;
  hasHardFailures: boolean | undefined;
  sort: ReportListFilter['sort'];
} {
  return {
    year: filter.year ? Number(filter.year) : undefined,
    agencyName: filter.agencyName || undefined,
    hasHardFailures: filter.failures === '' ? undefined : filter.failures === 'yes',
    sort: filter.sort,
  };
}

const megabytes = (bytes: number): number => bytes / 1024 / 1024;

/** Why an upload is refused before anything is read or stored, in Chinese; undefined when it may go on. */
function uploadRefusal(options: {
  files: readonly ReceivedFile[];
  isRequestTooLarge: boolean;
  address: string;
}): { statusCode: number; message: string } | undefined {
  if (options.isRequestTooLarge) {
    return {
      statusCode: 413,
      message: `所选文件合计超过 ${megabytes(uploadLimits.requestBytes)} MB，未导入任何文件。请分批上传。`,
    };
  }
  const tooLarge = options.files.find((file) => file.isTooLarge);
  if (tooLarge) {
    return {
      statusCode: 413,
      message: `文件“${tooLarge.fileName}”超过 ${megabytes(uploadLimits.fileBytes)} MB 的上限，未导入任何文件。`,
    };
  }
  const wrongType = options.files.find((file) => !hasAllowedExtension(file.fileName));
  if (wrongType) {
    return {
      statusCode: 415,
      message: `文件“${wrongType.fileName}”的类型不支持，未导入任何文件。只能上传 ${allowedExtensions.join('、')} 文件（PDF 请先转为文本或 Word）。`,
    };
  }
  if (options.address && !/^https?:\/\/[^\s]+$/i.test(options.address)) {
    return { statusCode: 400, message: '网址应以 http:// 或 https:// 开头。' };
  }
  if (options.files.length === 0 && !options.address) {
    return { statusCode: 400, message: '请选择要导入的报告文件，或填写报告网址。' };
  }
  return undefined;
}

/** The file name without any folder a browser may send. */
function plainFileName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/**
 * Imported annual reports (issue 5) under /admin/reports/imports: upload (`report.import` on the
 * user's own agency), the batch summary, the list in scope, one report, CSV summaries. Registered in a
 * scope of its own so multipart parsing and its error messages apply to these routes only.
 */
export async function registerReportImportRoutes(scope: FastifyInstance, context: WebContext): Promise<void> {
  const { db } = context.useCases;

  // Before an upload's body is read: only a signed-in user who may import gets it parsed, so no one
  // else can make the server hold megabytes in memory. The staff session hook checks again later.
  scope.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST') return;
    const token = readSessionToken(request);
    const resolved = token ? await resolveSession(context.useCases, token) : undefined;
    if (!resolved) return reply.redirect(loginHref({ notice: token ? 'expired' : 'required' }), 303);
    assertMay(resolved.actor, 'report.import', await agencyTarget(db, resolved.actor.agencyId));
  });
  await registerReportUpload(scope);
  // The parser's own limits (too many files, a broken upload) get a Chinese page; others go up.
  scope.setErrorHandler((error, _request, reply) => {
    const message = uploadLimitMessage((error as { code?: string }).code);
    if (message === undefined) throw error;
    return sendHtml(reply, renderErrorPage({ statusCode: 413, title: '上传未完成', message }), 413);
  });

  async function assertMayImport(session: StaffSession): Promise<void> {
    assertMay(session.actor, 'report.import', await agencyTarget(db, session.agency.id));
  }

  scope.get('/reports/imports', async (request, reply) => {
    const session = staffSessionOf(request);
    if (agencyScope(session.actor, 'report.view').kind === 'none')
      throw new AccessDeniedError('您的角色没有此项操作的权限');
    const { filter, page } = listFilterOf(request.query);
    const listing = await listImportedReports(context.useCases, session.actor, {
      ...listOptions(filter),
      page,
    });
    return sendHtml(
      reply,
      renderImportedReportListPage({
        session,
        csrfToken: reply.generateCsrf(),
        view: {
          filter,
          years: listing.years,
          rows: listing.rows.map(listRowView),
          total: listing.total,
          page: listing.page,
          pageCount: listing.pageCount,
          canImport: may(session.actor, 'report.import').isAllowed,
        },
        notice: pageNotice(request.query),
      }),
    );
  });

  scope.get('/reports/imports.csv', async (request, reply) => {
    const session = staffSessionOf(request);
    if (agencyScope(session.actor, 'report.view').kind === 'none')
      throw new AccessDeniedError('您的角色没有此项操作的权限');
    const { filter, ids } = listFilterOf(request.query);
    const listing = await listImportedReports(context.useCases, session.actor, {
      ...listOptions(filter),
      ids,
      pageSize: 10_000,
    });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="imported-reports.csv"')
      .send(renderImportSummaryCsv(listing.rows.map(summaryLineOf)));
  });

  scope.get('/reports/imports/new', async (request, reply) => {
    const session = staffSessionOf(request);
    await assertMayImport(session);
    return sendHtml(
      reply,
      renderReportUploadPage({
        session,
        csrfToken: reply.generateCsrf(),
        ownerAgencyName: session.agency.name,
      }),
    );
  });

  scope.post('/reports/imports', async (request, reply) => {
    const session = staffSessionOf(request);
    await assertMayImport(session);
    const address = formText(parseFormBody(request.body), 'address').trim();
    const upload = receivedUpload(request);
    const refusal = uploadRefusal({
      files: upload.files,
      isRequestTooLarge: upload.isRequestTooLarge,
      address,
    });
    if (refusal) {
      const page = renderReportUploadPage({
        session,
        csrfToken: reply.generateCsrf(),
        ownerAgencyName: session.agency.name,
        message: refusal.message,
        addressValue: address,
      });
      return sendHtml(reply, page, refusal.statusCode);
    }
    const uploads: ReportUpload[] = upload.files.map((file) => ({
      kind: 'file',
      name: plainFileName(file.fileName),
      bytes: file.bytes,
    }));
    if (address) uploads.push({ kind: 'address', url: address });
    const lines = await importReportFiles(context.useCases, session.actor, {
      ownerAgencyId: session.agency.id,
      uploads,
    });
    return sendHtml(
      reply,
      renderReportBatchPage({ session, csrfToken: reply.generateCsrf(), view: batchView(lines) }),
    );
  });

  scope.get('/reports/imports/:id', async (request, reply) => {
    const session = staffSessionOf(request);
    const parsed = idParameters.safeParse(request.params);
    const details = await getImportedReport(context.useCases, session.actor, {
      id: parsed.success ? parsed.data.id : '',
    });
    return sendHtml(
      reply,
      renderImportedReportPage({
        session,
        csrfToken: reply.generateCsrf(),
        view: importedReportView(details),
        id: details.stored.id,
        canDelete: may(session.actor, 'report.import', await agencyTarget(db, details.stored.agencyId))
          .isAllowed,
      }),
    );
  });

  scope.post('/reports/imports/:id/delete', async (request, reply) => {
    const session = staffSessionOf(request);
    const parsed = idParameters.safeParse(request.params);
    const id = parsed.success ? parsed.data.id : '';
    if (formText(parseFormBody(request.body), 'confirmed') !== 'yes') {
      // Without the ticked confirmation nothing is deleted: back to the report.
      return reply.redirect(importedReportHref(id), 303);
    }
    await deleteImportedReport(context.useCases, session.actor, { id });
    return reply.redirect(`${importedReportsHref}?notice=deleted`, 303);
  });
}
