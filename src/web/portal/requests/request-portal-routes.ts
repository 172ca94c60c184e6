import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isoDateInShanghai } from '../../../domain/calendar/iso-date.ts';
import { lookUpRequestStatus } from '../../../use-cases/disclosure-requests/look-up-request-status.ts';
import {
  applicantLetterNotFoundMessage,
  getApplicantLetter,
  listApplicantLetters,
} from '../../../use-cases/disclosure-requests/applicant-letters.ts';
import { NotFoundError } from '../../../use-cases/errors.ts';
import { letterFileName, renderLetterFile, sendLetterFile } from '../../shared/letter-files.ts';
import { submitOnlineRequest } from '../../../use-cases/disclosure-requests/submit-online-request.ts';
import { ValidationError } from '../../../use-cases/errors.ts';
import {
  findRequestFormProblems,
  newIdempotencyKey,
  requestFieldErrors,
  requestFormValues,
  requestInputOf,
} from '../../shared/disclosure-request-fields.ts';
import { formValues } from '../../shared/form-body.ts';
import type { FormState } from '../../shared/forms.ts';
import {
  registerRequestAttachmentUpload,
  textFieldsOf,
  uploadedAttachments,
} from '../../shared/request-attachment-upload.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { renderApplyPage } from './apply-page.ts';
import { renderReceiptPage } from './receipt-page.ts';
import { renderStatusPage } from './status-page.ts';

/** Status lookups per client address and window: the query code is short enough to need it. */
export const statusLookupsPerWindow = 20;
export const statusLookupWindow = '15 minutes';

function tooManyAttempts(): Error {
  return Object.assign(new Error('too many status lookups'), { statusCode: 429 });
}

/**
 * The applicant's pages under /a/:slug: the online application (GET form, POST → receipt) and the
 * status page (POST with the case number and query code, rate limited, one answer for every
 * failure). Registered in a scope of their own: multipart parsing applies to these routes only.
 */
export async function registerRequestPortalRoutes(
  scope: FastifyInstance,
  context: WebContext,
  loadAgency: (parameters: unknown) => Promise<PortalAgencyView>,
): Promise<void> {
  await registerRequestAttachmentUpload(scope);

  scope.get('/a/:slug/apply', async (request, reply) => {
    const agency = await loadAgency(request.params);
    const state: FormState = { values: { idempotencyKey: newIdempotencyKey() }, fieldErrors: {} };
    return sendHtml(reply, renderApplyPage({ agency, csrfToken: reply.generateCsrf(), state }));
  });

  scope.post('/a/:slug/apply', async (request: FastifyRequest, reply) => {
    const agency = await loadAgency(request.params);
    const body = textFieldsOf(request.body);
    const values = requestFormValues(body, ['consent']);
    if (!values.idempotencyKey) values.idempotencyKey = newIdempotencyKey();
    const rerender = (fieldErrors: Record<string, string>, message?: string) =>
      sendHtml(
        reply,
        renderApplyPage({ agency, csrfToken: reply.generateCsrf(), state: { values, fieldErrors }, message }),
        400,
      );
    const today = isoDateInShanghai(context.useCases.now());
    const problems = findRequestFormProblems({ values, today });
    if (values.consent !== 'yes') problems.consent = '请阅读个人信息告知，并勾选确认';
    if (Object.keys(problems).length > 0) return rerender(problems);
    try {
      const submitted = await submitOnlineRequest(context.useCases, {
        agencySlug: agency.slug,
        ...requestInputOf(values),
        attachments: uploadedAttachments(request),
      });
      const status = await lookUpRequestStatus(context.useCases, {
        agencySlug: agency.slug,
        caseNumber: submitted.caseNumber,
        queryCode: submitted.queryCode,
      });
      reply.header('cache-control', 'no-store');
      return sendHtml(
        reply,
        renderReceiptPage({
          agency,
          view: {
            caseNumber: submitted.caseNumber,
            queryCode: submitted.queryCode,
            receivedOn: submitted.receivedOn,
            replyDueDate: status.isFound ? status.replyDueDate : null,
            isDuplicate: submitted.isDuplicate,
          },
        }),
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return rerender(requestFieldErrors(error.fieldErrors), error.message);
    }
  });

  scope.get('/a/:slug/status', async (request, reply) => {
    const agency = await loadAgency(request.params);
    const state: FormState = { values: {}, fieldErrors: {} };
    return sendHtml(reply, renderStatusPage({ agency, csrfToken: reply.generateCsrf(), state }));
  });

  scope.post(
    '/a/:slug/status',
    {
      config: {
        rateLimit: {
          max: statusLookupsPerWindow,
          timeWindow: statusLookupWindow,
          keyGenerator: (request: FastifyRequest) => request.ip,
          errorResponseBuilder: tooManyAttempts,
        },
      },
    },
    async (request, reply) => {
      const agency = await loadAgency(request.params);
      const values = formValues(textFieldsOf(request.body), ['caseNumber', 'queryCode']);
      const fieldErrors: Record<string, string> = {};
      if (!values.caseNumber?.trim()) fieldErrors.caseNumber = '请填写申请编号';
      if (!values.queryCode?.trim()) fieldErrors.queryCode = '请填写查询码';
      // The query code is never written back into the page.
      const state: FormState = { values: { caseNumber: values.caseNumber ?? '' }, fieldErrors };
      reply.header('cache-control', 'no-store');
      if (Object.keys(fieldErrors).length > 0) {
        return sendHtml(reply, renderStatusPage({ agency, csrfToken: reply.generateCsrf(), state }), 400);
      }
      const lookup = await lookUpRequestStatus(context.useCases, {
        agencySlug: agency.slug,
        caseNumber: values.caseNumber ?? '',
        queryCode: values.queryCode ?? '',
      });
      if (!lookup.isFound) {
        return sendHtml(
          reply,
          renderStatusPage({ agency, csrfToken: reply.generateCsrf(), state, message: lookup.message }),
          404,
        );
      }
      return sendHtml(
        reply,
        renderStatusPage({
          agency,
          csrfToken: reply.generateCsrf(),
          state,
          view: {
            caseNumber: lookup.caseNumber,
            receivedOn: lookup.receivedOn,
            statusLabel: lookup.statusLabel,
            replyDueDate: lookup.replyDueDate,
            applicantObligations: lookup.applicantObligations,
            concludedOn: lookup.concludedOn,
            lettersSent: lookup.lettersSent,
            issuedLetters: await listApplicantLetters(context.useCases, {
              agencySlug: agency.slug,
              caseNumber: values.caseNumber ?? '',
              queryCode: values.queryCode ?? '',
            }),
          },
        }),
      );
    },
  );
  scope.post(
    '/a/:slug/status/letters',
    {
      config: {
        rateLimit: {
          max: statusLookupsPerWindow,
          timeWindow: statusLookupWindow,
          keyGenerator: (request: FastifyRequest) => request.ip,
          errorResponseBuilder: tooManyAttempts,
        },
      },
    },
    async (request, reply) => {
      const agency = await loadAgency(request.params);
      const values = formValues(textFieldsOf(request.body), ['caseNumber', 'queryCode', 'letter']);
      const state: FormState = { values: { caseNumber: values.caseNumber ?? '' }, fieldErrors: {} };
      reply.header('cache-control', 'no-store');
      const match = /^(.{1,64})\.(docx|pdf)$/.exec(values.letter ?? '');
      const format = match?.[2] === 'pdf' ? 'pdf' : 'docx';
      const refuse = (message: string, statusCode: number) =>
        sendHtml(
          reply,
          renderStatusPage({ agency, csrfToken: reply.generateCsrf(), state, message }),
          statusCode,
        );
      try {
        const stored = await getApplicantLetter(context.useCases, {
          agencySlug: agency.slug,
          caseNumber: values.caseNumber ?? '',
          queryCode: values.queryCode ?? '',
          letterId: match?.[1] ?? '',
        });
        const file = await renderLetterFile(stored.letter, format);
        if ('fontProblem' in file) return refuse(file.fontProblem, 503);
        return sendLetterFile(reply, { ...file, fileName: letterFileName(stored.letter, format) });
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        return refuse(applicantLetterNotFoundMessage, 404);
      }
    },
  );
}
