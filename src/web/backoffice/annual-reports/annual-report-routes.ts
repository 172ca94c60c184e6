import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { may } from '../../../domain/access/policy.ts';
import type { ComputedCellChange } from '../../../domain/annual-report/draft/report-draft.ts';
import { fieldCatalogueFor } from '../../../domain/annual-report/field-catalogue.ts';
import { sectionKeys } from '../../../domain/annual-report/section-catalogue.ts';
import { agencyTarget, type AgencyRow } from '../../../db/repositories/agencies.ts';
import { getAnnualReportDraft } from '../../../use-cases/annual-reports/get-annual-report-draft.ts';
import { listAnnualReportYears } from '../../../use-cases/annual-reports/list-annual-report-years.ts';
import { openAnnualReportDraft } from '../../../use-cases/annual-reports/open-annual-report-draft.ts';
import { publishAnnualReport } from '../../../use-cases/annual-reports/publish-annual-report.ts';
import { recomputeAnnualReportDraft } from '../../../use-cases/annual-reports/recompute-annual-report-draft.ts';
import { saveAnnualReportCells } from '../../../use-cases/annual-reports/save-annual-report-cells.ts';
import { saveAnnualReportSections } from '../../../use-cases/annual-reports/save-annual-report-sections.ts';
import { firstDraftYear } from '../../../use-cases/annual-reports/stored-draft.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../use-cases/errors.ts';
import { renderReportFile, reportFileName, sendReportFile } from '../../shared/annual-report-files.ts';
import { formText, formValues, parseFormBody, type FormBody } from '../../shared/form-body.ts';
import type { FormState } from '../../shared/forms.ts';
import type { Notice } from '../../shared/layout.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { portalSectionHref } from '../../portal/portal-layout.ts';
import { loadAuthorisedAgency } from '../load-agency.ts';
import { pageNotice } from '../page-notices.ts';
import { reportDocumentHtml } from '../reports/report-document.ts';
import { checkFindingView } from '../reports/findings-view.ts';
import { staffSessionOf, type StaffSession } from '../staff-session.ts';
import { renderAnnualReportDraftPage } from './annual-report-draft-page.ts';
import { draftEditorView, draftFormState } from './annual-report-draft-view.ts';
import { annualReportDraftHref, annualReportsHref } from './annual-report-links.ts';
import { renderAnnualReportPreviewPage } from './annual-report-preview-page.ts';
import { renderAnnualReportPublishPage } from './annual-report-publish-page.ts';
import { renderAnnualReportYearsPage } from './annual-report-years-page.ts';

const yearParameters = z.object({ year: z.coerce.number().int().min(firstDraftYear).max(2100) });
const draftDownloadParameters = z.object({ format: z.enum(['docx', 'pdf']) });
/** Printed above the title of a downloaded draft: it is not the published report. */
const draftNotice = '（草稿：尚未发布，仅供审核）';

function yearOf(parameters: unknown): number {
  const parsed = yearParameters.safeParse(parameters);
  if (!parsed.success) throw new NotFoundError('找不到该年度的报告');
  return parsed.data.year;
}

/** The draft version the form was rendered with ('' or junk → 0, which no draft has: a stale edit). */
function versionOf(body: FormBody): number {
  const version = Number(formText(body, 'version'));
  return Number.isInteger(version) && version > 0 ? version : 0;
}

/**
 * The agency's own annual report in the back office: the years, the draft editor of a year
 * (texts, table 二, tables 三/四 computed, findings), preview and publication. Every form works
 * without JavaScript; a refused or stale submission shows the page again with what was typed.
 */
export function registerAnnualReportRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;
  const base = '/agencies/:slug/annual-reports';

  async function load(request: FastifyRequest): Promise<{ session: StaffSession; agency: AgencyRow }> {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'report.view',
    });
    return { session, agency };
  }

  async function sendEditor(options: {
    request: FastifyRequest;
    reply: FastifyReply;
    state?: FormState;
    message?: string;
    statusCode?: number;
    recomputedChanges?: readonly ComputedCellChange[];
  }): Promise<FastifyReply> {
    const { session, agency } = await load(options.request);
    const details = await getAnnualReportDraft(context.useCases, session.actor, {
      agencyId: agency.id,
      year: yearOf(options.request.params),
    });
    const target = await agencyTarget(db, agency.id);
    const view = draftEditorView({
      details,
      canManage: may(session.actor, 'report.manage', target).isAllowed,
      canPublish: may(session.actor, 'report.publish', target).isAllowed,
      recomputedChanges: options.recomputedChanges,
    });
    const current = draftFormState(details);
    const state: FormState = options.state
      ? { values: { ...current.values, ...options.state.values }, fieldErrors: options.state.fieldErrors }
      : current;
    const page = renderAnnualReportDraftPage({
      session,
      csrfToken: options.reply.generateCsrf(),
      view,
      state,
      message: options.message,
    });
    return sendHtml(options.reply, page, options.statusCode);
  }

  /** A refused submission: the editor again, with what was typed and why (400 or 409). */
  function refusedSubmission(options: {
    request: FastifyRequest;
    reply: FastifyReply;
    error: unknown;
    values: Record<string, string>;
  }): Promise<FastifyReply> {
    const { error } = options;
    if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
    // Field paths of the use case's input (`texts.overview`, `cells.<key>`) name the form fields.
    const fieldErrors = Object.fromEntries(
      Object.entries(error instanceof ValidationError ? error.fieldErrors : {}).map(([field, message]) => [
        field.replace(/^(texts|cells)\./, ''),
        message,
      ]),
    );
    return sendEditor({
      request: options.request,
      reply: options.reply,
      state: { values: options.values, fieldErrors },
      message: error.message,
      statusCode: error instanceof ConflictError ? 409 : 400,
    });
  }

  scope.get(base, async (request, reply) => {
    const { session, agency } = await load(request);
    const years = await listAnnualReportYears(context.useCases, session.actor, { agencyId: agency.id });
    const target = await agencyTarget(db, agency.id);
    return sendHtml(
      reply,
      renderAnnualReportYearsPage({
        session,
        csrfToken: reply.generateCsrf(),
        notice: pageNotice(request.query),
        view: {
          agency: { slug: agency.slug, name: agency.name },
          years,
          canManage: may(session.actor, 'report.manage', target).isAllowed,
          portalReportsHref: portalSectionHref(agency.slug, 'reports'),
        },
      }),
    );
  });

  scope.post(base, async (request, reply) => {
    const { session, agency } = await load(request);
    const year = Number(formText(parseFormBody(request.body), 'year'));
    const { draft } = await openAnnualReportDraft(context.useCases, session.actor, {
      agencyId: agency.id,
      year,
    });
    return reply.redirect(annualReportDraftHref(agency.slug, draft.year), 303);
  });

  scope.get(`${base}/:year`, async (request, reply) => sendEditor({ request, reply }));

  scope.post(`${base}/:year/sections`, async (request, reply) => {
    const { session, agency } = await load(request);
    const year = yearOf(request.params);
    const body = parseFormBody(request.body);
    const texts = formValues(body, sectionKeys);
    try {
      await saveAnnualReportSections(context.useCases, session.actor, {
        agencyId: agency.id,
        year,
        expectedVersion: versionOf(body),
        texts,
      });
      return reply.redirect(`${annualReportDraftHref(agency.slug, year)}?notice=saved#sections-title`, 303);
    } catch (error) {
      return refusedSubmission({ request, reply, error, values: texts });
    }
  });

  scope.post(`${base}/:year/cells`, async (request, reply) => {
    const { session, agency } = await load(request);
    const year = yearOf(request.params);
    const body = parseFormBody(request.body);
    const catalogue = fieldCatalogueFor('2021');
    const cells = formValues(
      body,
      catalogue.cells.map((cell) => cell.key).filter((key) => Object.hasOwn(body, key)),
    );
    const overrideCellKey = formText(body, 'overrideCellKey');
    const overrideValue = formText(body, 'overrideValue');
    const typed = { ...cells, overrideCellKey, overrideValue };
    try {
      if (overrideCellKey !== '') {
        if (overrideValue.trim() === '') {
          throw new ValidationError('请填写更改后的值', { overrideValue: '请填写更改后的值' });
        }
        cells[overrideCellKey] = overrideValue;
      }
      const restoreCellKey = formText(body, 'restoreCellKey');
      await saveAnnualReportCells(context.useCases, session.actor, {
        agencyId: agency.id,
        year,
        expectedVersion: versionOf(body),
        cells,
        restoreCellKey: restoreCellKey === '' ? undefined : restoreCellKey,
      });
      return reply.redirect(`${annualReportDraftHref(agency.slug, year)}?notice=saved`, 303);
    } catch (error) {
      return refusedSubmission({ request, reply, error, values: typed });
    }
  });

  scope.post(`${base}/:year/recompute`, async (request, reply) => {
    const { session, agency } = await load(request);
    const year = yearOf(request.params);
    const body = parseFormBody(request.body);
    try {
      const { changes } = await recomputeAnnualReportDraft(context.useCases, session.actor, {
        agencyId: agency.id,
        year,
        expectedVersion: versionOf(body),
      });
      return sendEditor({ request, reply, recomputedChanges: changes });
    } catch (error) {
      return refusedSubmission({ request, reply, error, values: {} });
    }
  });

  /** The draft as it would be published; with a notice when a download could not be made. */
  async function sendPreview(options: {
    request: FastifyRequest;
    reply: FastifyReply;
    notice?: Notice;
    statusCode?: number;
  }): Promise<FastifyReply> {
    const { session, agency } = await load(options.request);
    const year = yearOf(options.request.params);
    const details = await getAnnualReportDraft(context.useCases, session.actor, {
      agencyId: agency.id,
      year,
    });
    const highlighted = new Set(details.findings.flatMap((finding) => finding.cellKeys));
    return sendHtml(
      options.reply,
      renderAnnualReportPreviewPage({
        session,
        csrfToken: options.reply.generateCsrf(),
        agency: { slug: agency.slug, name: agency.name },
        year,
        document: reportDocumentHtml({ report: details.draft.report, highlightedCellKeys: highlighted }),
        notice: options.notice,
      }),
      options.statusCode,
    );
  }

  scope.get(`${base}/:year/preview`, async (request, reply) => sendPreview({ request, reply }));

  scope.get(`${base}/:year/download/:format`, async (request, reply) => {
    const parsed = draftDownloadParameters.safeParse(request.params);
    if (!parsed.success) throw new NotFoundError('找不到该下载格式');
    const { session, agency } = await load(request);
    const year = yearOf(request.params);
    const details = await getAnnualReportDraft(context.useCases, session.actor, {
      agencyId: agency.id,
      year,
    });
    const { format } = parsed.data;
    const file = await renderReportFile({ report: details.draft.report, format, notice: draftNotice });
    if ('fontProblem' in file) {
      return sendPreview({
        request,
        reply,
        notice: { kind: 'error', text: file.fontProblem },
        statusCode: 503,
      });
    }
    const fileName = reportFileName({ agencyName: agency.name, year, format, isDraft: true });
    return sendReportFile(reply, { ...file, fileName });
  });

  async function sendPublishPage(options: {
    request: FastifyRequest;
    reply: FastifyReply;
    state?: FormState;
    message?: string;
    statusCode?: number;
  }): Promise<FastifyReply> {
    const { session, agency } = await load(options.request);
    const year = yearOf(options.request.params);
    const details = await getAnnualReportDraft(context.useCases, session.actor, {
      agencyId: agency.id,
      year,
    });
    const format = details.draft.report.format;
    const page = renderAnnualReportPublishPage({
      session,
      csrfToken: options.reply.generateCsrf(),
      view: {
        agency: { slug: agency.slug, name: agency.name },
        year,
        version: details.draft.version,
        nextRevision: (details.latestPublication?.revision ?? 0) + 1,
        hardFindings: details.findings
          .filter((finding) => finding.severity === 'hard')
          .map((finding) => checkFindingView({ finding, format })),
        softFindings: details.findings
          .filter((finding) => finding.severity === 'soft')
          .map((finding) => checkFindingView({ finding, format })),
        overrideMessages: details.overrides.map((override) => override.message),
      },
      state: options.state ?? { values: {}, fieldErrors: {} },
      message: options.message,
    });
    return sendHtml(options.reply, page, options.statusCode);
  }

  scope.get(`${base}/:year/publish`, async (request, reply) => {
    const { session, agency } = await load(request);
    if (!may(session.actor, 'report.publish', await agencyTarget(db, agency.id)).isAllowed) {
      return reply.redirect(annualReportDraftHref(agency.slug, yearOf(request.params)), 303);
    }
    return sendPublishPage({ request, reply });
  });

  scope.post(`${base}/:year/publish`, async (request, reply) => {
    const { session, agency } = await load(request);
    const year = yearOf(request.params);
    const body = parseFormBody(request.body);
    const correctionNote = formText(body, 'correctionNote');
    try {
      await publishAnnualReport(context.useCases, session.actor, {
        agencyId: agency.id,
        year,
        expectedVersion: versionOf(body),
        correctionNote,
      });
      return reply.redirect(`${annualReportsHref(agency.slug)}?notice=published`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      return sendPublishPage({
        request,
        reply,
        state: { values: { correctionNote }, fieldErrors: {} },
        message: error.message,
        statusCode: error instanceof ConflictError ? 409 : 400,
      });
    }
  });
}
