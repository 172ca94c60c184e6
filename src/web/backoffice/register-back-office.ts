import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../shared/web-context.ts';
import { registerAgencyRoutes } from './agencies/agency-routes.ts';
import { registerAnnualReportRoutes } from './annual-reports/annual-report-routes.ts';
import { registerCalendarRoutes } from './calendar/calendar-routes.ts';
import { registerConsultationRoutes } from './consultations/consultation-routes.ts';
import { registerDashboardRoutes } from './dashboard/dashboard-routes.ts';
import { registerEventRoutes } from './events/event-routes.ts';
import { registerLetterSettingsRoutes } from './letter-settings/letter-settings-routes.ts';
import { registerLoginRoutes } from './login/login-routes.ts';
import { registerPublicationRoutes } from './publications/publication-routes.ts';
import { registerChangePasswordRoutes } from './password/change-password-routes.ts';
import { registerReportImportRoutes } from './reports/report-import-routes.ts';
import { registerRequestBackOffice } from './requests/register-request-back-office.ts';
import { requireStaffSession } from './staff-session.ts';
import { registerSupervisionRoutes } from './supervision/supervision-routes.ts';
import { registerUserRoutes } from './users/user-routes.ts';
import { registerWebsiteRoutes } from './website/website-routes.ts';

/**
 * The back office under /admin. Login and logout are open; every other route is registered inside
 * a scope whose hook requires a live session, so a new staff route cannot skip authentication.
 * Each route then asks the policy about the agency it touches.
 */
export async function registerBackOffice(scope: FastifyInstance, context: WebContext): Promise<void> {
  // Staff pages (the login page included) are never cached or indexed.
  scope.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-robots-tag', 'noindex, nofollow');
  });
  registerLoginRoutes(scope, context);
  await scope.register(async (staffScope) => {
    requireStaffSession(staffScope, context);
    registerDashboardRoutes(staffScope, context);
    registerChangePasswordRoutes(staffScope, context);
    registerAgencyRoutes(staffScope, context);
    registerAnnualReportRoutes(staffScope, context);
    registerUserRoutes(staffScope, context);
    registerEventRoutes(staffScope, context);
    registerPublicationRoutes(staffScope, context);
    registerConsultationRoutes(staffScope, context);
    registerLetterSettingsRoutes(staffScope, context);
    await staffScope.register(async (reportScope) => registerReportImportRoutes(reportScope, context));
    registerCalendarRoutes(staffScope, context);
    registerSupervisionRoutes(staffScope, context);
    registerWebsiteRoutes(staffScope, context);
    await staffScope.register(async (requestScope) => registerRequestBackOffice(requestScope, context));
  });
}
