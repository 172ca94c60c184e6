import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { getPublicConsultation } from '../../../use-cases/consultations/get-public-consultation.ts';
import { listPublicConsultations } from '../../../use-cases/consultations/list-public-consultations.ts';
import { submitComment } from '../../../use-cases/consultations/submit-comment.ts';
import { ValidationError } from '../../../use-cases/errors.ts';
import { newIdempotencyKey } from '../../shared/disclosure-request-fields.ts';
import { formValues, parseFormBody } from '../../shared/form-body.ts';
import type { FormState } from '../../shared/forms.ts';
import { sendHtml } from '../../shared/send-html.ts';
import type { WebContext } from '../../shared/web-context.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { renderConsultationListPage } from './consultation-list-page.ts';
import { renderConsultationPage } from './consultation-page.ts';
import { portalConsultationHref } from './consultation-portal-links.ts';

/** Comments per client address and window, as the status lookup: enough for a person, not a flood. */
export const commentsPerWindow = 10;
export const commentWindow = '15 minutes';

const consultationParameters = z.object({ consultationId: z.uuid() });

function tooManyComments(): Error {
  return Object.assign(new Error('too many comments'), { statusCode: 429 });
}

/**
 * The portal's 征求意见 pages under /a/:slug: the list, one consultation with its comment form
 * (POST → redirect to the page with a thank-you note; rate limited per client address; the same
 * form twice is one comment).
 */
export function registerConsultationPortalRoutes(
  app: FastifyInstance,
  context: WebContext,
  loadAgency: (parameters: unknown) => Promise<PortalAgencyView>,
): void {
  async function load(parameters: unknown) {
    const agency = await loadAgency(parameters);
    const parsed = consultationParameters.safeParse(parameters);
    const view = await getPublicConsultation(context.useCases, {
      agencySlug: agency.slug,
      // An id that is not a uuid is simply not found.
      consultationId: parsed.success ? parsed.data.consultationId : '00000000-0000-0000-0000-000000000000',
    });
    return { agency, view };
  }

  app.get('/a/:slug/consultations', async (request, reply) => {
    const agency = await loadAgency(request.params);
    const consultations = await listPublicConsultations(context.useCases, { agencySlug: agency.slug });
    return sendHtml(reply, renderConsultationListPage({ agency, consultations }));
  });

  app.get('/a/:slug/consultations/:consultationId', async (request, reply) => {
    const { agency, view } = await load(request.params);
    const isSubmitted = (request.query as Record<string, unknown> | undefined)?.submitted === '1';
    const state: FormState = { values: { idempotencyKey: newIdempotencyKey() }, fieldErrors: {} };
    return sendHtml(
      reply,
      renderConsultationPage({ agency, view, csrfToken: reply.generateCsrf(), state, isSubmitted }),
    );
  });

  app.post(
    '/a/:slug/consultations/:consultationId/comments',
    {
      config: {
        rateLimit: {
          max: commentsPerWindow,
          timeWindow: commentWindow,
          keyGenerator: (request: FastifyRequest) => request.ip,
          errorResponseBuilder: tooManyComments,
        },
      },
    },
    async (request, reply) => {
      const { agency, view } = await load(request.params);
      const values = formValues(parseFormBody(request.body), [
        'body',
        'paragraphReference',
        'contact',
        'idempotencyKey',
      ]);
      if (!values.idempotencyKey) values.idempotencyKey = newIdempotencyKey();
      try {
        await submitComment(context.useCases, {
          agencySlug: agency.slug,
          consultationId: view.summary.id,
          ...values,
        });
        return reply.redirect(
          `${portalConsultationHref(agency.slug, view.summary.id)}?submitted=1#submitted`,
          303,
        );
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const state: FormState = { values, fieldErrors: error.fieldErrors };
        return sendHtml(
          reply,
          renderConsultationPage({
            agency,
            view,
            csrfToken: reply.generateCsrf(),
            state,
            message: error.message,
          }),
          400,
        );
      }
    },
  );
}
