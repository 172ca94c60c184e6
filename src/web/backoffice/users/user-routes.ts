import type { FastifyInstance } from 'fastify';
import { sendHtml } from '../../shared/send-html.ts';
import { roleLabels, roles, isRole } from '../../../domain/access/roles.ts';
import type { StaffActor } from '../../../domain/access/actor.ts';
import { agencyTarget } from '../../../db/repositories/agencies.ts';
import { listUsersOfAgency, type UserRow } from '../../../db/repositories/users.ts';
import { may } from '../../../domain/access/policy.ts';
import { ConflictError, ValidationError } from '../../../use-cases/errors.ts';
import { createUser } from '../../../use-cases/users/create-user.ts';
import { formList, formText, parseFormBody } from '../../shared/form-body.ts';
import type { FormState } from '../../shared/forms.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { agencyAdminHref } from '../back-office-layout.ts';
import { topLevelFieldErrors } from '../agencies/agency-fields.ts';
import { loadAuthorisedAgency } from '../load-agency.ts';
import { pageNotice } from '../page-notices.ts';
import { staffSessionOf } from '../staff-session.ts';
import { renderUserListPage } from './user-list-page.ts';
import { renderNewUserPage } from './user-new-page.ts';

function statusLabel(user: UserRow, now: Date): string {
  if (!user.isActive) return '已停用';
  if (user.lockedUntil && user.lockedUntil > now) return '暂时锁定';
  return '正常';
}

/** Only system administrators may grant the system administrator role. */
function grantableRoles(actor: StaffActor) {
  const isSystemAdmin = actor.roles.includes('systemAdmin');
  return roles
    .filter((role) => isSystemAdmin || role !== 'systemAdmin')
    .map((role) => ({ value: role, label: roleLabels[role] }));
}

export function registerUserRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  scope.get('/agencies/:slug/users', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'user.view',
    });
    const users = await listUsersOfAgency(db, agency.id);
    const now = context.useCases.now();
    return sendHtml(
      reply,
      renderUserListPage({
        session,
        csrfToken: reply.generateCsrf(),
        notice: pageNotice(request.query),
        view: {
          agency: { slug: agency.slug, name: agency.name },
          users: users.map((user) => ({
            username: user.username,
            displayName: user.displayName,
            roleLabels: user.roles.filter(isRole).map((role) => roleLabels[role]),
            statusLabel: statusLabel(user, now),
          })),
          canManage: may(session.actor, 'user.manage', await agencyTarget(db, agency.id)).isAllowed,
        },
      }),
    );
  });

  scope.get('/agencies/:slug/users/new', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'user.manage',
    });
    const view = {
      agency: { slug: agency.slug, name: agency.name },
      roleChoices: grantableRoles(session.actor),
      checkedRoles: [],
    };
    return sendHtml(
      reply,
      renderNewUserPage({
        session,
        csrfToken: reply.generateCsrf(),
        view,
        state: { values: {}, fieldErrors: {} },
      }),
    );
  });

  scope.post('/agencies/:slug/users', async (request, reply) => {
    const session = staffSessionOf(request);
    const agency = await loadAuthorisedAgency({
      executor: db,
      actor: session.actor,
      parameters: request.params,
      action: 'user.manage',
    });
    const body = parseFormBody(request.body);
    const input = {
      agencySlug: agency.slug,
      username: formText(body, 'username').trim().toLowerCase(),
      displayName: formText(body, 'displayName'),
      password: formText(body, 'password'),
      // Unknown role values (only a forged form sends them) are dropped; none left → the use case asks for one.
      roles: formList(body, 'roles').filter(isRole),
    };
    const rerender = (options: {
      statusCode: number;
      fieldErrors: Record<string, string>;
      message: string;
    }) => {
      // Passwords are never sent back to the browser.
      const state: FormState = {
        values: { username: input.username, displayName: input.displayName },
        fieldErrors: options.fieldErrors,
      };
      const view = {
        agency: { slug: agency.slug, name: agency.name },
        roleChoices: grantableRoles(session.actor),
        checkedRoles: input.roles,
      };
      const page = renderNewUserPage({
        session,
        csrfToken: reply.generateCsrf(),
        view,
        state,
        message: options.message,
      });
      return sendHtml(reply, page, options.statusCode);
    };
    if (input.password !== formText(body, 'passwordConfirmation')) {
      const message = '两次输入的初始密码不一致';
      return rerender({ statusCode: 400, fieldErrors: { passwordConfirmation: message }, message });
    }
    try {
      await createUser(context.useCases, session.actor, input);
    } catch (error) {
      if (error instanceof ValidationError) {
        return rerender({
          statusCode: 400,
          fieldErrors: topLevelFieldErrors(error.fieldErrors),
          message: error.message,
        });
      }
      if (error instanceof ConflictError)
        return rerender({
          statusCode: 409,
          fieldErrors: { username: error.message },
          message: error.message,
        });
      throw error;
    }
    return reply.redirect(`${agencyAdminHref(agency.slug, 'users')}?notice=created`, 303);
  });
}
