import type { FastifyInstance } from 'fastify';
import { sendHtml } from '../../shared/send-html.ts';
import {
  agencyLevelLabels,
  agencyLevels,
  isAgencyLevel,
  type AgencyLevel,
} from '../../../domain/agencies/agency-level.ts';
import { AccessDeniedError, agencyScope, may } from '../../../domain/access/policy.ts';
import type { StaffActor } from '../../../domain/access/actor.ts';
import { agencyTarget, findAgencyById, listAgenciesInScope } from '../../../db/repositories/agencies.ts';
import { createAgency } from '../../../use-cases/agencies/create-agency.ts';
import { updateAgencyDetails } from '../../../use-cases/agencies/update-agency.ts';
import { ConflictError, ValidationError } from '../../../use-cases/errors.ts';
import { formValues, parseFormBody } from '../../shared/form-body.ts';
import type { FormState } from '../../shared/forms.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { portalHomeHref } from '../../portal/portal-agency.ts';
import { agencyAdminHref } from '../back-office-layout.ts';
import { loadAuthorisedAgency } from '../load-agency.ts';
import { pageNotice } from '../page-notices.ts';
import { staffSessionOf, type StaffSession } from '../staff-session.ts';
import { renderAgencyDetailsPage } from './agency-details-page.ts';
import { renderAgencyEditPage } from './agency-edit-page.ts';
import { agencyDetailFields, agencyDetailValues, topLevelFieldErrors } from './agency-fields.ts';
import { renderAgencyListPage } from './agency-list-page.ts';
import { renderNewAgencyPage, type NewAgencyView } from './agency-new-page.ts';

const newAgencyFields = ['slug', 'level', 'parentSlug', ...agencyDetailFields] as const;

function levelLabel(level: string): string {
  return isAgencyLevel(level) ? agencyLevelLabels[level] : level;
}

function isSystemAdmin(actor: StaffActor): boolean {
  return actor.roles.includes('systemAdmin');
}

/** Agency pages: the list in scope, registering an agency, one agency's details and their edit form. */
export function registerAgencyRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  async function newAgencyView(session: StaffSession): Promise<NewAgencyView> {
    const creationScope = agencyScope(session.actor, 'agency.create');
    if (creationScope.kind === 'none') throw new AccessDeniedError('只有系统管理员和监督人员可以登记机关');
    const parents = await listAgenciesInScope(db, creationScope);
    return {
      levelChoices: agencyLevels.map((level) => ({ value: level, label: agencyLevelLabels[level] })),
      parentChoices: parents.map((agency) => ({ value: agency.slug, label: agency.name })),
      canCreateTopLevel: isSystemAdmin(session.actor),
    };
  }

  scope.get('/agencies', async (request, reply) => {
    const session = staffSessionOf(request);
    const agencies = await listAgenciesInScope(db, agencyScope(session.actor, 'agency.view'));
    return sendHtml(
      reply,
      renderAgencyListPage({
        session,
        csrfToken: reply.generateCsrf(),
        notice: pageNotice(request.query),
        view: {
          agencies: agencies.map((agency) => ({
            slug: agency.slug,
            name: agency.name,
            shortName: agency.shortName,
            levelLabel: levelLabel(agency.level),
            region: agency.region,
          })),
          canCreate: agencyScope(session.actor, 'agency.create').kind !== 'none',
        },
      }),
    );
  });

  scope.get('/agencies/new', async (request, reply) => {
    const session = staffSessionOf(request);
    const view = await newAgencyView(session);
    const state: FormState = {
      values: { parentSlug: view.canCreateTopLevel ? '' : session.agency.slug },
      fieldErrors: {},
    };
    return sendHtml(reply, renderNewAgencyPage({ session, csrfToken: reply.generateCsrf(), view, state }));
  });

  scope.post('/agencies', async (request, reply) => {
    const session = staffSessionOf(request);
    const view = await newAgencyView(session);
    const values = formValues(parseFormBody(request.body), newAgencyFields);
    try {
      // The form's level is any string; the use case's schema rejects an unknown one with a field message.
      const input = {
        ...values,
        slug: values.slug ?? '',
        name: values.name ?? '',
        shortName: values.shortName ?? '',
        level: values.level as AgencyLevel,
      };
      const agency = await createAgency(context.useCases, session.actor, input);
      return reply.redirect(`${agencyAdminHref(agency.slug)}?notice=created`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      const state: FormState = {
        values,
        fieldErrors: error instanceof ValidationError ? topLevelFieldErrors(error.fieldErrors) : {},
      };
      const page = renderNewAgencyPage({
        session,
        csrfToken: reply.generateCsrf(),
        view,
        state,
        message: error.message,
      });
      return sendHtml(reply, page, error instanceof ConflictError ? 409 : 400);
    }
  });

  scope.get('/agencies/:slug', async (request, reply) => {
    const session = staffSessionOf(request);
    const { actor } = session;
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor,
      parameters: request.params,
      action: 'agency.view',
    });
    const target = await agencyTarget(db, agency.id);
    const parent = agency.parentId ? await findAgencyById(db, agency.parentId) : undefined;
    return sendHtml(
      reply,
      renderAgencyDetailsPage({
        session,
        csrfToken: reply.generateCsrf(),
        notice: pageNotice(request.query),
        view: {
          slug: agency.slug,
          name: agency.name,
          levelLabel: levelLabel(agency.level),
          parentName: parent?.name,
          fields: agencyDetailFields.map((field) => ({ field, value: agency[field] ?? '' })),
          portalHref: portalHomeHref(agency.slug),
          canEdit: may(actor, 'agency.update', target).isAllowed,
          canViewUsers: may(actor, 'user.view', target).isAllowed,
          canViewEvents: may(actor, 'event.view', target).isAllowed,
          canViewAnnualReports: may(actor, 'report.view', target).isAllowed,
          canVerifyAudit: may(actor, 'audit.verify', target).isAllowed,
          canConfigureLetters: may(actor, 'letter.configure', target).isAllowed,
        },
      }),
    );
  });

  scope.get('/agencies/:slug/edit', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'agency.update',
    });
    const state: FormState = { values: agencyDetailValues(agency), fieldErrors: {} };
    return sendHtml(reply, renderAgencyEditPage({ session, csrfToken: reply.generateCsrf(), agency, state }));
  });

  scope.post('/agencies/:slug/edit', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'agency.update',
    });
    const values = formValues(parseFormBody(request.body), agencyDetailFields);
    try {
      await updateAgencyDetails(context.useCases, session.actor, { agencyId: agency.id, details: values });
      return reply.redirect(`${agencyAdminHref(agency.slug)}?notice=saved`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      const state: FormState = {
        values,
        fieldErrors: error instanceof ValidationError ? topLevelFieldErrors(error.fieldErrors) : {},
      };
      const page = renderAgencyEditPage({
        session,
        csrfToken: reply.generateCsrf(),
        agency,
        state,
        message: error.message,
      });
      return sendHtml(reply, page, error instanceof ConflictError ? 409 : 400);
    }
  });
}
