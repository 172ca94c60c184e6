import type { FastifyInstance } from 'fastify';
import { listAppealCases } from '../../use-cases/appeal-cases/list-appeal-cases.ts';
import { recordAppealCase } from '../../use-cases/appeal-cases/record-appeal-case.ts';
import { updateAppealCase } from '../../use-cases/appeal-cases/update-appeal-case.ts';
import type { WebContext } from '../shared/web-context.ts';
import { apiActorOf } from './api-authentication.ts';
import {
  appealCaseParamsSchema,
  createAppealCaseBodySchema,
  listAppealCasesQuerySchema,
  updateAppealCaseBodySchema,
} from './api-schemas.ts';
import { parseRequestPart } from './parse-request-part.ts';

/** `/api/v1/appeal-cases`: reconsideration and litigation cases of the actor's agency. */
export function registerAppealCaseRoutes(scope: FastifyInstance, context: WebContext): void {
  scope.get('/appeal-cases', async (request) => {
    const actor = apiActorOf(request);
    const query = parseRequestPart(listAppealCasesQuerySchema, request.query);
    return listAppealCases(context.useCases, actor, {
      agencyId: actor.agencyId,
      ...(query.requestId ? { requestId: query.requestId } : {}),
    });
  });

  scope.post('/appeal-cases', async (request, reply) => {
    const body = parseRequestPart(createAppealCaseBodySchema, request.body);
    const created = await recordAppealCase(context.useCases, apiActorOf(request), body);
    return reply.code(201).send(created);
  });

  scope.patch('/appeal-cases/:appealCaseId', async (request) => {
    const { appealCaseId } = parseRequestPart(appealCaseParamsSchema, request.params);
    const body = parseRequestPart(updateAppealCaseBodySchema, request.body);
    return updateAppealCase(context.useCases, apiActorOf(request), { ...body, appealCaseId });
  });
}
