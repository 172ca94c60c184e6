import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Letter } from '../../../domain/applications/letters/letter.ts';
import type { AgencyRow } from '../../../db/repositories/agencies.ts';
import { ValidationError } from '../../../use-cases/errors.ts';
import type { LetterSettings } from '../../../use-cases/letter-settings/letter-agency-of.ts';
import { getLetterSettings } from '../../../use-cases/letter-settings/get-letter-settings.ts';
import { getLetterTemplate } from '../../../use-cases/letter-settings/get-letter-template.ts';
import { listLetterTemplates } from '../../../use-cases/letter-settings/list-letter-templates.ts';
import { previewLetterTemplate } from '../../../use-cases/letter-settings/preview-letter-template.ts';
import { resetLetterTemplate } from '../../../use-cases/letter-settings/reset-letter-template.ts';
import { saveLetterTemplate } from '../../../use-cases/letter-settings/save-letter-template.ts';
import { updateLetterSettings } from '../../../use-cases/letter-settings/update-letter-settings.ts';
import type { LetterTemplateEntry } from '../../../use-cases/letter-settings/list-letter-templates.ts';
import { formText, formValues, parseFormBody } from '../../shared/form-body.ts';
import type { FormState } from '../../shared/forms.ts';
import type { Notice } from '../../shared/layout.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { loadAuthorisedAgency } from '../load-agency.ts';
import { pageNotice } from '../page-notices.ts';
import { staffSessionOf, type StaffSession } from '../staff-session.ts';
import { letterSettingsHref, letterTemplatesHref } from './letter-settings-links.ts';
import { letterSettingsFields, renderLetterSettingsPage } from './letter-settings-page.ts';
import { renderLetterTemplateEditPage } from './letter-template-edit-page.ts';
import { renderLetterTemplateListPage } from './letter-template-list-page.ts';

const templateParameters = z.object({ templateKey: z.string().max(80) });
const templateFields = ['title', 'body', 'attachments'] as const;

function settingsValues(settings: LetterSettings): Record<string, string> {
  return {
    documentNumberPattern: settings.documentNumberPattern,
    isReceiptNumbered: settings.isReceiptNumbered ? 'on' : '',
    reconsiderationBody: settings.reconsiderationBody ?? '',
    court: settings.court ?? '',
    feePaymentInstructions: settings.feePaymentInstructions,
  };
}

function templateValues(entry: LetterTemplateEntry): Record<string, string> {
  return {
    title: entry.template.title,
    body: entry.template.body,
    attachments: entry.template.attachments.join('\n'),
  };
}

/**
 * The agency administrator's letter pages (`letter.configure`): 文书设置 and 文书模板 (list, edit
 * with preview, reset). The routes find the agency by its slug and the use cases authorise; a
 * form that does not validate comes back with the text entered and the problems next to it.
 */
export function registerLetterSettingsRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  function authorisedAgency(session: StaffSession, parameters: unknown): Promise<AgencyRow> {
    return loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters,
      action: 'letter.configure',
    });
  }

  async function showSettings(options: {
    reply: FastifyReply;
    session: StaffSession;
    agency: AgencyRow;
    state?: FormState;
    message?: string;
    notice?: Notice | undefined;
    statusCode?: number;
  }): Promise<FastifyReply> {
    const view = await getLetterSettings(context.useCases, options.session.actor, {
      agencyId: options.agency.id,
    });
    const page = renderLetterSettingsPage({
      session: options.session,
      csrfToken: options.reply.generateCsrf(),
      view: {
        agency: view.agency,
        exampleDocumentNumber: view.exampleDocumentNumber,
        isDefault: view.isDefault,
      },
      state: options.state ?? { values: settingsValues(view.settings), fieldErrors: {} },
      message: options.message,
      notice: options.notice,
    });
    return sendHtml(options.reply, page, options.statusCode);
  }

  scope.get('/agencies/:slug/letters/settings', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await authorisedAgency(session, request.params);
    return showSettings({ reply, session, agency, notice: pageNotice(request.query) });
  });

  scope.post('/agencies/:slug/letters/settings', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await authorisedAgency(session, request.params);
    const values = formValues(parseFormBody(request.body), letterSettingsFields);
    try {
      await updateLetterSettings(context.useCases, session.actor, { agencyId: agency.id, settings: values });
      return reply.redirect(`${letterSettingsHref(agency.slug)}?notice=saved`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const state: FormState = { values, fieldErrors: error.fieldErrors };
      return showSettings({ reply, session, agency, state, message: error.message, statusCode: 400 });
    }
  });

  scope.get('/agencies/:slug/letters/templates', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await authorisedAgency(session, request.params);
    const { templates } = await listLetterTemplates(context.useCases, session.actor, { agencyId: agency.id });
    const page = renderLetterTemplateListPage({
      session,
      csrfToken: reply.generateCsrf(),
      agency,
      templates,
      notice: pageNotice(request.query),
    });
    return sendHtml(reply, page);
  });

  async function showTemplate(options: {
    reply: FastifyReply;
    session: StaffSession;
    agency: AgencyRow;
    templateKey: string;
    state?: FormState;
    preview?: Letter;
    message?: string;
    notice?: Notice | undefined;
    statusCode?: number;
  }): Promise<FastifyReply> {
    const { entry } = await getLetterTemplate(context.useCases, options.session.actor, {
      agencyId: options.agency.id,
      templateKey: options.templateKey,
    });
    const page = renderLetterTemplateEditPage({
      session: options.session,
      csrfToken: options.reply.generateCsrf(),
      view: { agency: options.agency, key: entry.key, label: entry.label, isEdited: entry.isEdited },
      state: options.state ?? { values: templateValues(entry), fieldErrors: {} },
      preview: options.preview,
      message: options.message,
      notice: options.notice,
    });
    return sendHtml(options.reply, page, options.statusCode);
  }

  scope.get('/agencies/:slug/letters/templates/:templateKey', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await authorisedAgency(session, request.params);
    const { templateKey } = templateParameters.parse(request.params);
    return showTemplate({ reply, session, agency, templateKey, notice: pageNotice(request.query) });
  });

  scope.post('/agencies/:slug/letters/templates/:templateKey', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await authorisedAgency(session, request.params);
    const { templateKey } = templateParameters.parse(request.params);
    const body = parseFormBody(request.body);
    const values = formValues(body, templateFields);
    const input = { agencyId: agency.id, templateKey, template: values };
    const state: FormState = { values, fieldErrors: {} };
    try {
      if (formText(body, 'intent') === 'preview') {
        const { letter } = await previewLetterTemplate(context.useCases, session.actor, input);
        return showTemplate({ reply, session, agency, templateKey, state, preview: letter });
      }
      const saved = await saveLetterTemplate(context.useCases, session.actor, input);
      return reply.redirect(`${letterTemplatesHref(agency.slug, saved.key)}?notice=saved`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return showTemplate({
        reply,
        session,
        agency,
        templateKey,
        state: { values, fieldErrors: error.fieldErrors },
        message: error.message,
        statusCode: 400,
      });
    }
  });

  scope.post('/agencies/:slug/letters/templates/:templateKey/reset', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await authorisedAgency(session, request.params);
    const { templateKey } = templateParameters.parse(request.params);
    const reset = await resetLetterTemplate(context.useCases, session.actor, {
      agencyId: agency.id,
      templateKey,
    });
    return reply.redirect(`${letterTemplatesHref(agency.slug, reset.key)}?notice=reset`, 303);
  });
}
