import type { FastifyInstance } from 'fastify';
import { findAgencyById } from '../../db/repositories/agencies.ts';
import { applyCaseCommand } from '../../use-cases/disclosure-requests/apply-case-command.ts';
import { findRequestsOfSameApplicant } from '../../use-cases/disclosure-requests/find-requests-of-same-applicant.ts';
import { getCase } from '../../use-cases/disclosure-requests/get-case.ts';
import { getRequestAttachment } from '../../use-cases/disclosure-requests/get-request-attachment.ts';
import { listWorkQueue } from '../../use-cases/disclosure-requests/list-work-queue.ts';
import { registerRequest } from '../../use-cases/disclosure-requests/register-request.ts';
import { submitOnlineRequest } from '../../use-cases/disclosure-requests/submit-online-request.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { ValidationError } from '../../use-cases/errors.ts';
import type { WebContext } from '../shared/web-context.ts';
import { apiActorOf } from './api-authentication.ts';
import {
  applicationParamsSchema,
  attachmentParamsSchema,
  createApplicationBodySchema,
  listApplicationsQuerySchema,
  transitionBodySchema,
} from './api-schemas.ts';
import { parseRequestPart } from './parse-request-part.ts';

/** Submissions per token (or address) per minute. */
export const submissionsPerMinute = 30;

const asArray = <Value>(value: Value | Value[] | undefined): Value[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** `/api/v1/applications`: thin routes, authenticate → validate → use case → JSON. */
export function registerApplicationRoutes(scope: FastifyInstance, context: WebContext): void {
  scope.get('/applications', async (request) => {
    const actor = apiActorOf(request);
    const query = parseRequestPart(listApplicationsQuerySchema, request.query);
    return listWorkQueue(context.useCases, actor, {
      phases: asArray(query.phase),
      statuses: asArray(query.status),
      ...(query.applicantType ? { applicantType: query.applicantType } : {}),
      ...(query.receivedFrom ? { receivedFrom: query.receivedFrom } : {}),
      ...(query.receivedTo ? { receivedTo: query.receivedTo } : {}),
      ...(query.q ? { text: query.q } : {}),
      isFinishedIncluded: query.includeFinished === 'true',
      ...(query.limit ? { limit: query.limit } : {}),
    });
  });

  scope.post(
    '/applications',
    {
      bodyLimit: 40 * 1024 * 1024,
      config: {
        rateLimit: {
          max: submissionsPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => request.headers.authorization ?? request.ip,
        },
      },
    },
    async (request, reply) => {
      const actor = apiActorOf(request);
      const body = parseRequestPart(createApplicationBodySchema, request.body);
      const agency = await findAgencyById(context.useCases.db, actor.agencyId);
      if (!agency) throw new ValidationError('令牌所属机关不存在');
      assertMay(actor, 'request.handle', await agencyTarget(context.useCases.db, agency.id));
      const attachments = body.attachments.map((attachment) => ({
        fileName: attachment.fileName,
        mediaType: attachment.mediaType,
        content: new Uint8Array(Buffer.from(attachment.contentBase64, 'base64')),
      }));
      const common = {
        agencySlug: agency.slug,
        applicant: body.applicant,
        information: body.information,
        attachments,
        ...(body.idempotencyKey ? { idempotencyKey: body.idempotencyKey } : {}),
      };
      const submitted =
        body.channel === 'onlineForm'
          ? await submitOnlineRequest(context.useCases, common)
          : await registerRequest(context.useCases, actor, {
              ...common,
              channel: body.channel,
              isOral: body.isOral,
              receivedOn: body.receivedOn ?? '',
            });
      return reply
        .code(submitted.isDuplicate ? 200 : 201)
        .header('cache-control', 'no-store')
        .send(submitted);
    },
  );

  scope.get('/applications/:requestId', async (request) => {
    const { requestId } = parseRequestPart(applicationParamsSchema, request.params);
    return getCase(context.useCases, apiActorOf(request), { requestId });
  });

  scope.post('/applications/:requestId/transitions', async (request) => {
    const { requestId } = parseRequestPart(applicationParamsSchema, request.params);
    const body = parseRequestPart(transitionBodySchema, request.body);
    return applyCaseCommand(context.useCases, apiActorOf(request), {
      requestId,
      expectedVersion: body.expectedVersion,
      command: body.command,
    });
  });

  scope.get('/applications/:requestId/attachments/:attachmentId', async (request, reply) => {
    const params = parseRequestPart(attachmentParamsSchema, request.params);
    const file = await getRequestAttachment(context.useCases, apiActorOf(request), params);
    return reply
      .type(file.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(file.content));
  });

  scope.get('/applications/:requestId/same-applicant', async (request) => {
    const { requestId } = parseRequestPart(applicationParamsSchema, request.params);
    return findRequestsOfSameApplicant(context.useCases, apiActorOf(request), { requestId });
  });
}
