import type { FastifyInstance } from 'fastify';
import { isoDateInShanghai } from '../../../domain/calendar/iso-date.ts';
import { agencyTarget } from '../../../db/repositories/agencies.ts';
import { assertMay } from '../../../domain/access/policy.ts';
import { registerRequest } from '../../../use-cases/disclosure-requests/register-request.ts';
import { ValidationError } from '../../../use-cases/errors.ts';
import {
  findRequestFormProblems,
  newIdempotencyKey,
  requestFieldErrors,
  requestFormValues,
  requestInputOf,
} from '../../shared/disclosure-request-fields.ts';
import { textFieldsOf, uploadedAttachments } from '../../shared/request-attachment-upload.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { staffSessionOf } from '../staff-session.ts';
import { renderIntakePage } from './intake-page.ts';
import { caseHref } from './request-links.ts';
import { sendHtml } from '../../shared/send-html.ts';

/** Staff intake (`request.handle` at the user's agency): the form, then the new case's page. */
export function registerIntakeRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;

  scope.get('/requests/new', async (request, reply) => {
    const session = staffSessionOf(request);
    assertMay(session.actor, 'request.handle', await agencyTarget(db, session.agency.id));
    const today = isoDateInShanghai(context.useCases.now());
    const state = { values: { idempotencyKey: newIdempotencyKey(), receivedOn: today }, fieldErrors: {} };
    return sendHtml(reply, renderIntakePage({ session, csrfToken: reply.generateCsrf(), state }));
  });

  scope.post('/requests', async (request, reply) => {
    const session = staffSessionOf(request);
    assertMay(session.actor, 'request.handle', await agencyTarget(db, session.agency.id));
    const values = requestFormValues(textFieldsOf(request.body), ['channel', 'receivedOn']);
    if (!values.idempotencyKey) values.idempotencyKey = newIdempotencyKey();
    const rerender = (fieldErrors: Record<string, string>, message?: string) =>
      sendHtml(
        reply,
        renderIntakePage({
          session,
          csrfToken: reply.generateCsrf(),
          state: { values, fieldErrors },
          message,
        }),
        400,
      );
    const problems = findRequestFormProblems({ values, today: isoDateInShanghai(context.useCases.now()) });
    if (!values.channel) problems.channel = '请选择收到申请的渠道';
    if (!values.receivedOn) problems.receivedOn = '请填写收到申请之日';
    if (Object.keys(problems).length > 0) return rerender(problems);
    const isOral = values.channel === 'oral';
    try {
      const registered = await registerRequest(context.useCases, session.actor, {
        agencySlug: session.agency.slug,
        channel: isOral ? 'inPerson' : values.channel,
        isOral,
        receivedOn: values.receivedOn,
        ...requestInputOf(values),
        attachments: uploadedAttachments(request),
      });
      return reply.redirect(`${caseHref(registered.caseNumber)}?done=register`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return rerender(requestFieldErrors(error.fieldErrors), error.message);
    }
  });
}
