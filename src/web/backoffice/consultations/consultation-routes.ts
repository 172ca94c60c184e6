import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AgencyRow } from '../../../db/repositories/agencies.ts';
import { closeConsultation } from '../../../use-cases/consultations/close-consultation.ts';
import { createConsultation } from '../../../use-cases/consultations/create-consultation.ts';
import { editConsultation } from '../../../use-cases/consultations/edit-consultation.ts';
import {
  getConsultation,
  type StaffConsultationView,
} from '../../../use-cases/consultations/get-consultation.ts';
import { listConsultations } from '../../../use-cases/consultations/list-consultations.ts';
import { moderateComment } from '../../../use-cases/consultations/moderate-comment.ts';
import { openConsultation } from '../../../use-cases/consultations/open-consultation.ts';
import { publishFeedback } from '../../../use-cases/consultations/publish-feedback.ts';
import { recordAdoption } from '../../../use-cases/consultations/record-adoption.ts';
import { withdrawConsultation } from '../../../use-cases/consultations/withdraw-consultation.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../use-cases/errors.ts';
import { formValues, parseFormBody } from '../../shared/form-body.ts';
import type { Notice } from '../../shared/layout.ts';
import { doneNoticeOf } from '../done-notice.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { loadAuthorisedAgency } from '../load-agency.ts';
import { staffSessionOf, type StaffSession } from '../staff-session.ts';
import { consultationFormFields, renderConsultationFormPage } from './consultation-form-page.ts';
import { consultationHref, consultationsHref } from './consultation-links.ts';
import { renderConsultationListPage } from './consultation-list-page.ts';
import { renderStaffConsultationPage } from './consultation-page.ts';

const consultationParameters = z.object({ consultationId: z.uuid() });
const actionParameters = consultationParameters.extend({
  action: z.enum(['open', 'close', 'withdraw', 'feedback']),
});
const commentParameters = consultationParameters.extend({
  commentId: z.uuid(),
  commentAction: z.enum(['moderate', 'adoption']),
});

const doneMessages: Record<string, string> = {
  created: '已保存草稿。',
  saved: '已保存修改。',
  open: '已发布征求意见。',
  close: '已结束征求意见。',
  withdraw: '已撤回。',
  feedback: '已发布意见采纳情况反馈。',
  moderate: '已审核该意见。',
  adoption: '已保存采纳情况。',
};

function doneNotice(query: unknown): Notice | undefined {
  return doneNoticeOf(query, doneMessages);
}

function parsedOrNotFound<Schema extends z.ZodType>(schema: Schema, parameters: unknown): z.output<Schema> {
  const parsed = schema.safeParse(parameters);
  if (!parsed.success) throw new NotFoundError('找不到该征求意见');
  return parsed.data;
}

/**
 * 征求意见 in the back office under /admin/agencies/:slug/consultations: the list, the draft form,
 * one page with the actions, the moderation queue and the feedback form; one POST per action
 * (post/redirect/get). The use cases authorise (`consultation.manage`).
 */
export function registerConsultationRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  async function agencyOf(session: StaffSession, parameters: unknown): Promise<AgencyRow> {
    return loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters,
      action: 'consultation.manage',
    });
  }

  async function viewOf(
    session: StaffSession,
    agency: AgencyRow,
    parameters: unknown,
  ): Promise<StaffConsultationView> {
    const { consultationId } = parsedOrNotFound(consultationParameters, parameters);
    const view = await getConsultation(context.useCases, session.actor, { consultationId });
    if (view.row.agencyId !== agency.id) throw new NotFoundError('找不到该征求意见');
    return view;
  }

  function formPage(options: {
    reply: FastifyReply;
    session: StaffSession;
    agency: AgencyRow;
    view?: StaffConsultationView;
    values: Record<string, string>;
    fieldErrors?: Record<string, string>;
    message?: string;
    statusCode?: number;
  }): FastifyReply {
    const isEdit = options.view !== undefined;
    const page = renderConsultationFormPage({
      session: options.session,
      csrfToken: options.reply.generateCsrf(),
      title: isEdit ? '修改征求意见' : '新建征求意见',
      action: options.view
        ? consultationHref(options.agency.slug, options.view.row.id, 'edit')
        : consultationsHref(options.agency.slug),
      cancelHref: options.view
        ? consultationHref(options.agency.slug, options.view.row.id)
        : consultationsHref(options.agency.slug),
      state: { values: options.values, fieldErrors: options.fieldErrors ?? {} },
      ...(options.view ? { expectedVersion: options.view.row.version } : {}),
      message: options.message,
    });
    return sendHtml(options.reply, page, options.statusCode ?? 200);
  }

  scope.get('/agencies/:slug/consultations', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const consultations = await listConsultations(context.useCases, session.actor, { agencyId: agency.id });
    const page = renderConsultationListPage({
      session,
      csrfToken: reply.generateCsrf(),
      agency,
      consultations,
      notice: doneNotice(request.query),
    });
    return sendHtml(reply, page);
  });

  scope.get('/agencies/:slug/consultations/new', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    return formPage({ reply, session, agency, values: {} });
  });

  scope.post('/agencies/:slug/consultations', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const values = formValues(parseFormBody(request.body), consultationFormFields);
    try {
      const { consultation } = await createConsultation(context.useCases, session.actor, {
        agencyId: agency.id,
        ...values,
      });
      return reply.redirect(`${consultationHref(agency.slug, consultation.id)}?done=created`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return formPage({
        reply,
        session,
        agency,
        values,
        fieldErrors: error.fieldErrors,
        message: error.message,
        statusCode: 400,
      });
    }
  });

  scope.get('/agencies/:slug/consultations/:consultationId', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const view = await viewOf(session, agency, request.params);
    const page = renderStaffConsultationPage({
      session,
      csrfToken: reply.generateCsrf(),
      agency,
      view,
      notice: doneNotice(request.query),
    });
    return sendHtml(reply, page);
  });

  scope.get('/agencies/:slug/consultations/:consultationId/edit', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const view = await viewOf(session, agency, request.params);
    const { row } = view;
    return formPage({
      reply,
      session,
      agency,
      view,
      values: {
        title: row.title,
        explanation: row.explanation,
        draftText: row.draftText,
        opensOn: row.opensOn,
        closesOn: row.closesOn,
        shortPeriodReason: row.shortPeriodReason,
        publicationItemId: row.publicationItemId ?? '',
      },
    });
  });

  scope.post('/agencies/:slug/consultations/:consultationId/edit', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const view = await viewOf(session, agency, request.params);
    const body = parseFormBody(request.body);
    const values = formValues(body, consultationFormFields);
    try {
      await editConsultation(context.useCases, session.actor, {
        consultationId: view.row.id,
        expectedVersion: formValues(body, ['expectedVersion']).expectedVersion,
        ...values,
      });
      return reply.redirect(`${consultationHref(agency.slug, view.row.id)}?done=saved`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      return formPage({
        reply,
        session,
        agency,
        view,
        values,
        fieldErrors: error instanceof ValidationError ? error.fieldErrors : {},
        message: error.message,
        statusCode: error instanceof ConflictError ? 409 : 400,
      });
    }
  });

  scope.post('/agencies/:slug/consultations/:consultationId/actions/:action', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const { action } = parsedOrNotFound(actionParameters, request.params);
    const view = await viewOf(session, agency, request.params);
    const values = formValues(parseFormBody(request.body), ['expectedVersion', 'reason', 'summary']);
    const input = { consultationId: view.row.id, ...values };
    try {
      if (action === 'open') await openConsultation(context.useCases, session.actor, input);
      else if (action === 'close') await closeConsultation(context.useCases, session.actor, input);
      else if (action === 'withdraw') await withdrawConsultation(context.useCases, session.actor, input);
      else await publishFeedback(context.useCases, session.actor, input);
      return reply.redirect(`${consultationHref(agency.slug, view.row.id)}?done=${action}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      const page = renderStaffConsultationPage({
        session,
        csrfToken: reply.generateCsrf(),
        agency,
        view,
        notice: { kind: 'error', text: error.message },
        feedbackSummary: values.summary ?? '',
      });
      return sendHtml(reply, page, error instanceof ConflictError ? 409 : 400);
    }
  });

  scope.post(
    '/agencies/:slug/consultations/:consultationId/comments/:commentId/:commentAction',
    async (request, reply) => {
      const session = staffSessionOf(request);
      const agency = await agencyOf(session, request.params);
      const { commentId, commentAction } = parsedOrNotFound(commentParameters, request.params);
      const view = await viewOf(session, agency, request.params);
      if (!view.comments.some((comment) => comment.id === commentId)) throw new NotFoundError('找不到该意见');
      const values = formValues(parseFormBody(request.body), ['decision', 'reason', 'adoption']);
      try {
        if (commentAction === 'moderate')
          await moderateComment(context.useCases, session.actor, { commentId, ...values });
        else await recordAdoption(context.useCases, session.actor, { commentId, ...values });
        return reply.redirect(
          `${consultationHref(agency.slug, view.row.id)}?done=${commentAction}#comment-${commentId}`,
          303,
        );
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const page = renderStaffConsultationPage({
          session,
          csrfToken: reply.generateCsrf(),
          agency,
          view,
          notice: { kind: 'error', text: error.message },
        });
        return sendHtml(reply, page, 400);
      }
    },
  );
}
