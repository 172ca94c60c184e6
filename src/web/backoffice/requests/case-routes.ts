import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { may } from '../../../domain/access/policy.ts';
import { parseCaseNumber } from '../../../domain/applications/case-number.ts';
import { transitionTable } from '../../../domain/applications/lifecycle/transition-table.ts';
import { isoDateInShanghai } from '../../../domain/calendar/iso-date.ts';
import { agencyTarget } from '../../../db/repositories/agencies.ts';
import { findDisclosureRequestByCaseNumber } from '../../../db/repositories/disclosure-requests.ts';
import { listAppealCases } from '../../../use-cases/appeal-cases/list-appeal-cases.ts';
import { recordAppealCase } from '../../../use-cases/appeal-cases/record-appeal-case.ts';
import { updateAppealCase } from '../../../use-cases/appeal-cases/update-appeal-case.ts';
import { loadWorkingCalendar } from '../../../use-cases/calendar/load-working-calendar.ts';
import { applyCaseCommand } from '../../../use-cases/disclosure-requests/apply-case-command.ts';
import { findRequestsOfSameApplicant } from '../../../use-cases/disclosure-requests/find-requests-of-same-applicant.ts';
import { getCase } from '../../../use-cases/disclosure-requests/get-case.ts';
import { addRequestAttachment } from '../../../use-cases/disclosure-requests/add-request-attachment.ts';
import { getRequestAttachment } from '../../../use-cases/disclosure-requests/get-request-attachment.ts';
import { listCaseLetters } from '../../../use-cases/disclosure-requests/case-letters.ts';
import { availableLetterKinds } from '../../../domain/applications/letters/available-letter-kinds.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../use-cases/errors.ts';
import { formText, formValues, parseFormBody } from '../../shared/form-body.ts';
import type { Notice } from '../../shared/layout.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { staffSessionOf, type StaffSession } from '../staff-session.ts';
import { textFieldsOf, uploadedAttachments } from '../../shared/request-attachment-upload.ts';
import type { AppealFailure } from './appeal-forms.ts';
import type { AttachmentFailure } from './case-attachments-section.ts';
import { renderCasePage } from './case-page.ts';
import { registerCaseLetterRoutes } from './case-letter-routes.ts';
import { renderCaseLetters } from './case-letters-section.ts';
import { casePageView } from './case-page-view.ts';
import type { CommandFormsView } from './command-forms.ts';
import {
  commandFormValues,
  commandFromForm,
  findCommandFormProblem,
  isCaseCommandType,
} from './command-input.ts';
import { caseHref } from './request-links.ts';
import { sendHtml } from '../../shared/send-html.ts';

const caseParameters = z.object({ caseNumber: z.string().max(80) });
const commandParameters = caseParameters.extend({ type: z.string().max(40) });
const appealParameters = caseParameters.extend({ appealCaseId: z.string().max(64) });
const attachmentParameters = caseParameters.extend({ attachmentId: z.string().max(64) });
const doneQuery = z.object({ done: z.string().max(40).optional().catch(undefined) });

/** The confirmation after a step (post/redirect/get): the URL carries only the command type. */
function doneNotice(query: unknown): Notice | undefined {
  const done = doneQuery.parse(query ?? {}).done;
  if (done === undefined) return undefined;
  if (done === 'appeal') return { kind: 'success', text: '已保存行政复议或行政诉讼记录。' };
  if (done === 'letter') return { kind: 'success', text: '已生成文书，保存在本案中。' };
  if (done === 'attachment') return { kind: 'success', text: '已添加材料，保存在本案中。' };
  if (isCaseCommandType(done)) return { kind: 'success', text: `已完成：${transitionTable[done].label}。` };
  return undefined;
}

/**
 * One case for staff: GET the page; POST one command (`applyCaseCommand` with the form's version:
 * a stale form is refused with a clear message); POST appeal cases. The use cases authorise.
 */
export function registerCaseRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  async function requestIdOf(parameters: unknown): Promise<{ requestId: string; caseNumber: string }> {
    const parsed = caseParameters.safeParse(parameters);
    const caseNumber = parsed.success ? parsed.data.caseNumber.trim().toLowerCase() : '';
    const row =
      parseCaseNumber(caseNumber) === null
        ? undefined
        : await findDisclosureRequestByCaseNumber(db, caseNumber);
    if (!row) throw new NotFoundError('找不到该申请');
    return { requestId: row.id, caseNumber: row.caseNumber };
  }

  async function showCase(options: {
    reply: FastifyReply;
    session: StaffSession;
    requestId: string;
    statusCode?: number;
    notice?: Notice | undefined;
    failed?: CommandFormsView['failed'];
    appealFailure?: AppealFailure;
    attachmentFailure?: AttachmentFailure;
  }): Promise<FastifyReply> {
    const { session } = options;
    const view = await getCase(context.useCases, session.actor, { requestId: options.requestId });
    const target = await agencyTarget(db, view.agencyId);
    const canHandle = may(session.actor, 'request.handle', target).isAllowed;
    const [sameApplicant, appeals, calendar, letters] = await Promise.all([
      view.applicant === null
        ? Promise.resolve(null)
        : findRequestsOfSameApplicant(context.useCases, session.actor, { requestId: view.requestId }),
      listAppealCases(context.useCases, session.actor, {
        agencyId: view.agencyId,
        requestId: view.requestId,
      }),
      loadWorkingCalendar(db),
      view.applicant === null
        ? Promise.resolve(null)
        : listCaseLetters(context.useCases, session.actor, { requestId: view.requestId }),
    ]);
    const csrfToken = options.reply.generateCsrf();
    const page = renderCasePage({
      session,
      csrfToken,
      notice: options.notice,
      appealFailure: options.appealFailure,
      attachmentFailure: options.attachmentFailure,
      letters:
        letters === null
          ? undefined
          : renderCaseLetters({
              caseNumber: view.caseNumber,
              letters,
              availableKinds: availableLetterKinds({ caseState: { ...view.facts, events: [] } }),
              canHandle,
              csrfToken,
            }),
      view: casePageView({
        view,
        sameApplicant,
        appeals,
        canHandle,
        calendar,
        today: isoDateInShanghai(context.useCases.now()),
        failed: options.failed,
      }),
    });
    return sendHtml(options.reply, page, options.statusCode ?? 200);
  }

  scope.get('/requests/:caseNumber', async (request, reply) => {
    const session = staffSessionOf(request);
    const { requestId } = await requestIdOf(request.params);
    return showCase({ reply, session, requestId, notice: doneNotice(request.query) });
  });

  scope.get('/requests/:caseNumber/attachments/:attachmentId', async (request, reply) => {
    const session = staffSessionOf(request);
    const { requestId } = await requestIdOf(request.params);
    const { attachmentId } = attachmentParameters.parse(request.params);
    const file = await getRequestAttachment(context.useCases, session.actor, { requestId, attachmentId });
    return reply
      .type(file.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .send(Buffer.from(file.content));
  });

  scope.post('/requests/:caseNumber/attachments', async (request, reply) => {
    const session = staffSessionOf(request);
    const { requestId, caseNumber } = await requestIdOf(request.params);
    const values = formValues(textFieldsOf(request.body), ['kind', 'description']);
    const files = uploadedAttachments(request);
    try {
      if (files.length > 1)
        throw new ValidationError('每次只能上传一个文件', { file: '每次只能上传一个文件' });
      await addRequestAttachment(context.useCases, session.actor, {
        requestId,
        kind: values.kind ?? '',
        description: values.description ?? '',
        file: files[0] ?? null,
      });
      return reply.redirect(`${caseHref(caseNumber)}?done=attachment#attachments`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const fieldErrors = { ...error.fieldErrors };
      if (files.length > 0 && fieldErrors.file === undefined) fieldErrors.file = '请重新选择文件';
      return showCase({
        reply,
        session,
        requestId,
        statusCode: 400,
        notice: { kind: 'error', text: `未能添加材料：${error.message}` },
        attachmentFailure: { state: { values, fieldErrors }, message: error.message },
      });
    }
  });

  scope.post('/requests/:caseNumber/commands/:type', async (request, reply) => {
    const session = staffSessionOf(request);
    const { requestId, caseNumber } = await requestIdOf(request.params);
    const type = commandParameters.parse(request.params).type;
    if (!isCaseCommandType(type) || type === 'register') throw new NotFoundError('没有这项办理操作');
    const body = parseFormBody(request.body);
    const values = commandFormValues(body);
    const expectedVersion = Number(formText(body, 'expectedVersion'));
    try {
      const problem = findCommandFormProblem(type, values);
      if (problem !== null) throw new ValidationError(problem, { command: problem });
      await applyCaseCommand(context.useCases, session.actor, {
        requestId,
        expectedVersion,
        command: commandFromForm(type, values),
      });
      return reply.redirect(`${caseHref(caseNumber)}?done=${type}#actions`, 303);
    } catch (error) {
      if (error instanceof ConflictError) {
        return showCase({
          reply,
          session,
          requestId,
          statusCode: 409,
          notice: { kind: 'error', text: `${error.message}。您填写的内容未保存。` },
        });
      }
      if (!(error instanceof ValidationError)) throw error;
      return showCase({
        reply,
        session,
        requestId,
        statusCode: 400,
        notice: { kind: 'error', text: `未能${transitionTable[type].label}：${error.message}` },
        failed: { type, values, message: error.message },
      });
    }
  });

  registerCaseLetterRoutes(scope, context, { requestIdOf, showCase });

  const appealFields = ['kind', 'reference', 'filedOn', 'result', 'closedOn', 'isCountedByThisAgency'];

  scope.post('/requests/:caseNumber/appeals', async (request, reply) => {
    const session = staffSessionOf(request);
    const { requestId, caseNumber } = await requestIdOf(request.params);
    const values = formValues(parseFormBody(request.body), appealFields);
    try {
      await recordAppealCase(context.useCases, session.actor, {
        requestId,
        kind: values.kind,
        reference: values.reference,
        filedOn: values.filedOn,
        result: values.result || 'pending',
        closedOn: values.closedOn || null,
        isCountedByThisAgency: values.isCountedByThisAgency !== 'no',
      });
      return reply.redirect(`${caseHref(caseNumber)}?done=appeal#appeals-title`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return showCase({
        reply,
        session,
        requestId,
        statusCode: 400,
        appealFailure: { appealCaseId: null, values, message: error.message },
      });
    }
  });

  scope.post('/requests/:caseNumber/appeals/:appealCaseId', async (request, reply) => {
    const session = staffSessionOf(request);
    const { requestId, caseNumber } = await requestIdOf(request.params);
    const { appealCaseId } = appealParameters.parse(request.params);
    const body = parseFormBody(request.body);
    const values = formValues(body, ['result', 'closedOn']);
    try {
      await updateAppealCase(context.useCases, session.actor, {
        appealCaseId,
        expectedVersion: Number(formText(body, 'expectedVersion')),
        result: values.result || 'pending',
        closedOn: values.closedOn || null,
      });
      return reply.redirect(`${caseHref(caseNumber)}?done=appeal#appeals-title`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      return showCase({
        reply,
        session,
        requestId,
        statusCode: error instanceof ConflictError ? 409 : 400,
        appealFailure: { appealCaseId, values, message: error.message },
      });
    }
  });
}
