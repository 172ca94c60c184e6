import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isoDateInShanghai, yearOf } from '../../../domain/calendar/iso-date.ts';
import type { AgencyRow } from '../../../db/repositories/agencies.ts';
import { ValidationError } from '../../../use-cases/errors.ts';
import { addNewMediaAccount } from '../../../use-cases/website/add-new-media-account.ts';
import { addWebsiteColumn } from '../../../use-cases/website/add-website-column.ts';
import { getWebsiteHealth } from '../../../use-cases/website/get-website-health.ts';
import { recordNewMediaUpdate } from '../../../use-cases/website/record-new-media-update.ts';
import { removeWebsiteColumn } from '../../../use-cases/website/remove-website-column.ts';
import { runWebsiteCheck } from '../../../use-cases/website/run-website-check.ts';
import {
  saveNewMediaStatistics,
  saveServiceStatistics,
} from '../../../use-cases/website/save-website-statistics.ts';
import { formText, formValues, parseFormBody } from '../../shared/form-body.ts';
import type { FormState } from '../../shared/forms.ts';
import type { Notice } from '../../shared/layout.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { loadAuthorisedAgency } from '../load-agency.ts';
import { pageNotice } from '../page-notices.ts';
import { staffSessionOf, type StaffSession } from '../staff-session.ts';
import { renderWebsitePage, websiteFormFields, websiteHref, type WebsiteForm } from './website-page.ts';

const idParameters = z.object({ id: z.uuid() });

/**
 * The check from the page runs inside the request: tighter than the CLI's defaults so the answer
 * comes within about two minutes at worst (100 links, 4 at a time, 5 s each).
 */
const webCheckLimits = { maxPages: 20, maxLinks: 100, timeoutMilliseconds: 5_000 };

/** The form's field names → the use case's input names (and back for the messages). */
const inputNames: Record<WebsiteForm, Record<string, string>> = {
  column: { columnName: 'name', columnUrl: 'url', columnKind: 'kind' },
  account: {
    accountPlatform: 'platform',
    accountName: 'name',
    accountUrl: 'url',
    accountLastUpdatedOn: 'lastUpdatedOn',
  },
  newMediaStatistics: {
    newMediaYear: 'year',
    newMediaMonth: 'month',
    postCount: 'postCount',
    followerCount: 'followerCount',
  },
  serviceStatistics: {
    serviceYear: 'year',
    serviceMonth: 'month',
    consultationCount: 'consultationCount',
    serviceItemCount: 'serviceItemCount',
    serviceCaseCount: 'serviceCaseCount',
  },
};

function inputOf(form: WebsiteForm, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputNames[form]).map(([field, name]) => [name, values[field] ?? '']),
  );
}

function fieldErrorsOf(form: WebsiteForm, fieldErrors: Record<string, string>): Record<string, string> {
  const fieldOf = Object.fromEntries(Object.entries(inputNames[form]).map(([field, name]) => [name, field]));
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([name, message]) => [fieldOf[name] ?? name, message]),
  );
}

/** The year shown: ?year=YYYY, else last year (the annual report being written is last year's). */
function yearOfQuery(query: unknown, now: Date): number {
  const text = (query as { year?: unknown } | undefined)?.year;
  if (typeof text === 'string' && /^(19|20)\d{2}$/.test(text)) return Number(text);
  return yearOf(isoDateInShanghai(now)) - 1;
}

/**
 * 网站与新媒体 under /admin/agencies/:slug/website: officeHead, agencyAdmin and supervisors view
 * (`website.view`); the agency administrator manages columns, accounts and statistics and runs a
 * check (`website.manage`, asked by the use cases). The check runs in the request, within the
 * default limits. A form that does not validate comes back with what was entered.
 */
export function registerWebsiteRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  function viewableAgency(session: StaffSession, parameters: unknown): Promise<AgencyRow> {
    return loadAuthorisedAgency({ executor: db, actor: session.actor, parameters, action: 'website.view' });
  }

  async function show(options: {
    request: FastifyRequest;
    reply: FastifyReply;
    session: StaffSession;
    agency: AgencyRow;
    form?: WebsiteForm;
    state?: FormState;
    message?: string;
    notice?: Notice | undefined;
    statusCode?: number;
  }): Promise<FastifyReply> {
    const health = await getWebsiteHealth(context.useCases, options.session.actor, {
      agencyId: options.agency.id,
      year: yearOfQuery(options.request.query, context.useCases.now()),
    });
    const page = renderWebsitePage({
      session: options.session,
      csrfToken: options.reply.generateCsrf(),
      health,
      ...(options.form && options.state
        ? { states: { [options.form]: options.state }, form: options.form }
        : {}),
      message: options.message,
      notice: options.notice,
    });
    return sendHtml(options.reply, page, options.statusCode);
  }

  function checkedNotice(query: unknown): Notice | undefined {
    return (query as { checked?: unknown } | undefined)?.checked === '1'
      ? { kind: 'success', text: '检查完成，结果见下方。' }
      : pageNotice(query);
  }

  scope.get('/agencies/:slug/website', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await viewableAgency(session, request.params);
    return show({ request, reply, session, agency, notice: checkedNotice(request.query) });
  });

  /** A form post: run the use case, redirect on success, or show the form again with its problems. */
  function registerFormPost(options: {
    path: string;
    form: WebsiteForm;
    save: (input: {
      session: StaffSession;
      agency: AgencyRow;
      values: Record<string, string>;
    }) => Promise<unknown>;
    notice: 'created' | 'saved';
  }): void {
    scope.post(`/agencies/:slug/website${options.path}`, async (request, reply) => {
      const session = staffSessionOf(request);
      const agency = await viewableAgency(session, request.params);
      const values = formValues(parseFormBody(request.body), Object.keys(websiteFormFields[options.form]));
      try {
        await options.save({ session, agency, values });
        return reply.redirect(`${websiteHref(agency.slug)}?notice=${options.notice}`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const fieldErrors = fieldErrorsOf(options.form, error.fieldErrors);
        const state: FormState = { values, fieldErrors };
        return show({
          request,
          reply,
          session,
          agency,
          form: options.form,
          state,
          message: error.message,
          statusCode: 400,
        });
      }
    });
  }

  registerFormPost({
    path: '/columns',
    form: 'column',
    notice: 'created',
    save: ({ session, agency, values }) =>
      addWebsiteColumn(context.useCases, session.actor, {
        agencyId: agency.id,
        column: inputOf('column', values),
      }),
  });
  registerFormPost({
    path: '/accounts',
    form: 'account',
    notice: 'created',
    save: ({ session, agency, values }) =>
      addNewMediaAccount(context.useCases, session.actor, {
        agencyId: agency.id,
        account: inputOf('account', values),
      }),
  });
  registerFormPost({
    path: '/statistics/new-media',
    form: 'newMediaStatistics',
    notice: 'saved',
    save: ({ session, agency, values }) => {
      const accountId = z.uuid().safeParse(values.statisticsAccountId);
      if (!accountId.success) throw new ValidationError('请选择账号', { statisticsAccountId: '请选择账号' });
      return saveNewMediaStatistics(context.useCases, session.actor, {
        agencyId: agency.id,
        accountId: accountId.data,
        statistics: inputOf('newMediaStatistics', values),
      });
    },
  });
  registerFormPost({
    path: '/statistics/service',
    form: 'serviceStatistics',
    notice: 'saved',
    save: ({ session, agency, values }) =>
      saveServiceStatistics(context.useCases, session.actor, {
        agencyId: agency.id,
        statistics: inputOf('serviceStatistics', values),
      }),
  });

  scope.post('/agencies/:slug/website/columns/:id/delete', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await viewableAgency(session, request.params);
    const parameters = idParameters.safeParse(request.params);
    if (!parameters.success) return reply.callNotFound();
    await removeWebsiteColumn(context.useCases, session.actor, {
      agencyId: agency.id,
      columnId: parameters.data.id,
    });
    return reply.redirect(`${websiteHref(agency.slug)}?notice=deleted`, 303);
  });

  scope.post('/agencies/:slug/website/accounts/:id/last-updated', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await viewableAgency(session, request.params);
    const parameters = idParameters.safeParse(request.params);
    if (!parameters.success) return reply.callNotFound();
    try {
      await recordNewMediaUpdate(context.useCases, session.actor, {
        agencyId: agency.id,
        accountId: parameters.data.id,
        update: { lastUpdatedOn: formText(parseFormBody(request.body), 'lastUpdatedOn') },
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return show({
        request,
        reply,
        session,
        agency,
        notice: { kind: 'error', text: error.message },
        statusCode: 400,
      });
    }
    return reply.redirect(`${websiteHref(agency.slug)}?notice=saved`, 303);
  });

  scope.post('/agencies/:slug/website/check', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await viewableAgency(session, request.params);
    try {
      await runWebsiteCheck(context.useCases, session.actor, {
        agencyId: agency.id,
        allowPrivate: context.isWebsiteCheckPrivateAllowed,
        limits: webCheckLimits,
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return show({
        request,
        reply,
        session,
        agency,
        notice: { kind: 'error', text: error.message },
        statusCode: 400,
      });
    }
    return reply.redirect(`${websiteHref(agency.slug)}?checked=1`, 303);
  });
}
