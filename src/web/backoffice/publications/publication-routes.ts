import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { may } from '../../../domain/access/policy.ts';
import type { AgencyRow } from '../../../db/repositories/agencies.ts';
import { changePublicationValidity } from '../../../use-cases/publications/change-publication-validity.ts';
import { createPublicationDraft } from '../../../use-cases/publications/create-publication-draft.ts';
import { editPublicationDraft } from '../../../use-cases/publications/edit-publication-draft.ts';
import {
  getPublicationItem,
  type PublicationItemDetails,
} from '../../../use-cases/publications/get-publication-item.ts';
import {
  listPublicationItems,
  publicationListFilters,
} from '../../../use-cases/publications/list-publication-items.ts';
import { publishPublication } from '../../../use-cases/publications/publish-publication.ts';
import {
  getPublicationSettings,
  updatePublicationSettings,
} from '../../../use-cases/publications/update-publication-settings.ts';
import { returnPublication } from '../../../use-cases/publications/return-publication.ts';
import { signOffPublication } from '../../../use-cases/publications/sign-off-publication.ts';
import { submitPublication } from '../../../use-cases/publications/submit-publication.ts';
import { withdrawPublication } from '../../../use-cases/publications/withdraw-publication.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../use-cases/errors.ts';
import { formText, formValues, parseFormBody, type FormBody } from '../../shared/form-body.ts';
import type { Notice } from '../../shared/layout.ts';
import { doneNoticeOf } from '../done-notice.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { loadAuthorisedAgency } from '../load-agency.ts';
import { staffSessionOf, type StaffSession } from '../staff-session.ts';
import {
  actionFields,
  isPublicationAction,
  type FailedAction,
  type PublicationAction,
} from './publication-action-forms.ts';
import { publicationFormFields, renderPublicationFormPage } from './publication-form-page.ts';
import { renderPublicationItemPage } from './publication-item-page.ts';
import { publicationHref, publicationsHref } from './publication-links.ts';
import { renderPublicationListPage } from './publication-list-page.ts';
import { renderPublicationSettingsPage } from './publication-settings-page.ts';

const listQuery = z.object({
  filter: z.enum(publicationListFilters).catch('all').default('all'),
  q: z.string().max(100).catch('').default(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
const itemParameters = z.object({ itemId: z.string().max(64) });
const actionParameters = itemParameters.extend({ action: z.string().max(20) });

const doneMessages: Record<PublicationAction | 'saved' | 'created', string> = {
  created: '已保存草稿。',
  saved: '已保存修改。',
  submit: '已提交审核。',
  'sign-off': '已签署审核意见。',
  return: '已退回供稿人。',
  publish: '已发布。',
  withdraw: '已撤回。',
  validity: '已变更有效性。',
};

function doneNotice(query: unknown): Notice | undefined {
  return doneNoticeOf(query, doneMessages);
}

/** The draft form's body as the use case's input (dates and texts as typed; zod validates). */
function draftInputOf(body: FormBody): Record<string, unknown> {
  const values = formValues(body, publicationFormFields);
  return { ...values, isNormativeDocument: values.isNormativeDocument === 'yes' };
}

function formValuesOfItem(details: PublicationItemDetails): Record<string, string> {
  const { item } = details;
  return {
    title: item.title,
    summary: item.summary,
    body: item.body,
    writtenOn: item.writtenOn ?? '',
    formedOrChangedOn: item.formedOrChangedOn,
    publishingOrganisation: item.publishingOrganisation,
    documentNumber: item.documentNumber,
    topicCategory: item.topicCategory,
    genre: item.genre,
    statutoryItem: item.statutoryItem,
    disclosureMethod: item.disclosureMethod,
    isNormativeDocument: item.isNormativeDocument ? 'yes' : '',
    effectiveOn: item.effectiveOn ?? '',
    validUntil: item.validUntil ?? '',
    keywords: item.keywords.join(' '),
  };
}

/**
 * 主动公开 in the back office, under /admin/agencies/:slug/publications: the catalogue list, the
 * draft form, the item page and one POST per review action (post/redirect/get). The use cases
 * authorise; the agency in the URL must be the item's.
 */
export function registerPublicationRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  async function agencyOf(session: StaffSession, parameters: unknown): Promise<AgencyRow> {
    return loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters,
      action: 'publication.contribute',
    });
  }

  async function detailsOf(session: StaffSession, agency: AgencyRow, parameters: unknown) {
    const { itemId } = itemParameters.parse(parameters);
    const details = await getPublicationItem(context.useCases, session.actor, { itemId });
    if (details.item.agencyId !== agency.id) throw new NotFoundError('找不到该公开目录条目');
    return details;
  }

  async function showItem(options: {
    reply: FastifyReply;
    session: StaffSession;
    agency: AgencyRow;
    details: PublicationItemDetails;
    statusCode?: number;
    notice?: Notice | undefined;
    failed?: FailedAction | undefined;
  }): Promise<FastifyReply> {
    const page = renderPublicationItemPage({
      session: options.session,
      csrfToken: options.reply.generateCsrf(),
      agency: options.agency,
      details: options.details,
      notice: options.notice,
      failed: options.failed,
    });
    return sendHtml(options.reply, page, options.statusCode ?? 200);
  }

  scope.get('/agencies/:slug/publications', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const query = listQuery.parse(request.query ?? {});
    const result = await listPublicationItems(context.useCases, session.actor, {
      agencyId: agency.id,
      filter: query.filter,
      query: query.q,
      page: query.page,
    });
    const page = renderPublicationListPage({
      session,
      csrfToken: reply.generateCsrf(),
      agency,
      filter: query.filter,
      query: query.q,
      list: result,
      canContribute: may(session.actor, 'publication.contribute').isAllowed,
      canConfigure: may(session.actor, 'agency.update').isAllowed,
      notice: doneNotice(request.query),
    });
    return sendHtml(reply, page);
  });

  scope.get('/agencies/:slug/publications/settings', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'agency.update',
    });
    const settings = await getPublicationSettings(db, agency.id);
    const page = renderPublicationSettingsPage({
      session,
      csrfToken: reply.generateCsrf(),
      agency,
      action: `${publicationsHref(agency.slug)}/settings`,
      state: {
        values: {
          indexNumberPattern: settings.indexNumberPattern,
          organisationCode: settings.organisationCode ?? '',
        },
        fieldErrors: {},
      },
      notice: doneNotice(request.query),
    });
    return sendHtml(reply, page);
  });

  scope.post('/agencies/:slug/publications/settings', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'agency.update',
    });
    const values = formValues(parseFormBody(request.body), ['indexNumberPattern', 'organisationCode']);
    try {
      await updatePublicationSettings(context.useCases, session.actor, { agencyId: agency.id, ...values });
      return reply.redirect(`${publicationsHref(agency.slug)}/settings?done=saved`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const page = renderPublicationSettingsPage({
        session,
        csrfToken: reply.generateCsrf(),
        agency,
        action: `${publicationsHref(agency.slug)}/settings`,
        state: { values, fieldErrors: error.fieldErrors },
        message: error.message,
      });
      return sendHtml(reply, page, 400);
    }
  });

  scope.get('/agencies/:slug/publications/new', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const page = renderPublicationFormPage({
      session,
      csrfToken: reply.generateCsrf(),
      title: '新建公开信息',
      action: publicationsHref(agency.slug),
      cancelHref: publicationsHref(agency.slug),
      state: {
        values: { publishingOrganisation: agency.name, disclosureMethod: 'proactive' },
        fieldErrors: {},
      },
    });
    return sendHtml(reply, page);
  });

  scope.post('/agencies/:slug/publications', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const body = parseFormBody(request.body);
    try {
      const row = await createPublicationDraft(context.useCases, session.actor, {
        agencyId: agency.id,
        ...draftInputOf(body),
      });
      return reply.redirect(`${publicationHref(agency.slug, row.id)}?done=created`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const page = renderPublicationFormPage({
        session,
        csrfToken: reply.generateCsrf(),
        title: '新建公开信息',
        action: publicationsHref(agency.slug),
        cancelHref: publicationsHref(agency.slug),
        state: { values: formValues(body, publicationFormFields), fieldErrors: error.fieldErrors },
        message: error.message,
      });
      return sendHtml(reply, page, 400);
    }
  });

  scope.get('/agencies/:slug/publications/:itemId', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const details = await detailsOf(session, agency, request.params);
    return showItem({ reply, session, agency, details, notice: doneNotice(request.query) });
  });

  scope.get('/agencies/:slug/publications/:itemId/edit', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const details = await detailsOf(session, agency, request.params);
    const page = renderPublicationFormPage({
      session,
      csrfToken: reply.generateCsrf(),
      title: '修改公开信息',
      action: publicationHref(agency.slug, details.item.itemId, 'edit'),
      cancelHref: publicationHref(agency.slug, details.item.itemId),
      state: { values: formValuesOfItem(details), fieldErrors: {} },
      expectedVersion: details.item.version,
    });
    return sendHtml(reply, page);
  });

  scope.post('/agencies/:slug/publications/:itemId/edit', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const details = await detailsOf(session, agency, request.params);
    const body = parseFormBody(request.body);
    const expectedVersion = Number(formText(body, 'expectedVersion'));
    try {
      await editPublicationDraft(context.useCases, session.actor, {
        itemId: details.item.itemId,
        expectedVersion,
        ...draftInputOf(body),
      });
      return reply.redirect(`${publicationHref(agency.slug, details.item.itemId)}?done=saved`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      const page = renderPublicationFormPage({
        session,
        csrfToken: reply.generateCsrf(),
        title: '修改公开信息',
        action: publicationHref(agency.slug, details.item.itemId, 'edit'),
        cancelHref: publicationHref(agency.slug, details.item.itemId),
        state: {
          values: formValues(body, publicationFormFields),
          fieldErrors: error instanceof ValidationError ? error.fieldErrors : {},
        },
        expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : details.item.version,
        message: error instanceof ConflictError ? `${error.message}。您填写的内容未保存。` : error.message,
      });
      return sendHtml(reply, page, error instanceof ConflictError ? 409 : 400);
    }
  });

  scope.post('/agencies/:slug/publications/:itemId/actions/:action', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await agencyOf(session, request.params);
    const { action } = actionParameters.parse(request.params);
    if (!isPublicationAction(action)) throw new NotFoundError('没有这项操作');
    const details = await detailsOf(session, agency, request.params);
    const body = parseFormBody(request.body);
    const values = formValues(body, actionFields[action]);
    const command = {
      itemId: details.item.itemId,
      expectedVersion: Number(formText(body, 'expectedVersion')),
    };
    try {
      await runAction(action, command, values);
      return reply.redirect(
        `${publicationHref(agency.slug, details.item.itemId)}?done=${action}#actions`,
        303,
      );
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      const fresh = await detailsOf(session, agency, request.params);
      return showItem({
        reply,
        session,
        agency,
        details: fresh,
        statusCode: error instanceof ConflictError ? 409 : 400,
        notice: { kind: 'error', text: `未能办理：${error.message}` },
        failed: error instanceof ConflictError ? undefined : { action, values, message: error.message },
      });
    }

    async function runAction(
      name: PublicationAction,
      item: { itemId: string; expectedVersion: number },
      fields: Record<string, string>,
    ): Promise<unknown> {
      const actor = session.actor;
      switch (name) {
        case 'submit':
          return submitPublication(context.useCases, actor, { ...item, ...fields });
        case 'sign-off':
          return signOffPublication(context.useCases, actor, {
            ...item,
            opinion: fields.opinion ?? '',
            isConfidentialityCleared: fields.isConfidentialityCleared === 'yes',
          });
        case 'return':
          return returnPublication(context.useCases, actor, { ...item, reason: fields.reason ?? '' });
        case 'publish':
          return publishPublication(context.useCases, actor, { ...item, ...fields });
        case 'withdraw':
          return withdrawPublication(context.useCases, actor, { ...item, reason: fields.reason ?? '' });
        case 'validity':
          return changePublicationValidity(context.useCases, actor, { ...item, ...fields });
        default: {
          const unreachable: never = name;
          return unreachable;
        }
      }
    }
  });
}
