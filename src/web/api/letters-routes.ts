import type { FastifyInstance } from 'fastify';
import {
  getCaseLetter,
  issueLetter,
  listCaseLetters,
  type CaseLetter,
} from '../../use-cases/disclosure-requests/case-letters.ts';
import { letterFileName, renderLetterFile, sendLetterFile } from '../shared/letter-files.ts';
import type { WebContext } from '../shared/web-context.ts';
import { apiActorOf } from './api-authentication.ts';
import {
  applicationParamsSchema,
  issueLetterBodySchema,
  letterFileParamsSchema,
  letterParamsSchema,
} from './api-schemas.ts';
import { parseRequestPart } from './parse-request-part.ts';

/** A letter in a list: what identifies it, without the text. */
function letterSummaryOf(letter: CaseLetter): Omit<CaseLetter, 'letter'> & { title: string } {
  const { letter: model, ...summary } = letter;
  return { ...summary, title: model.title };
}

/**
 * `/api/v1/applications/:requestId/letters`: the case's formal documents through the same use
 * cases as the case page (`listCaseLetters`, `getCaseLetter`: `request.view`; `issueLetter`:
 * `request.handle`), so the same authorisation.
 */
export function registerLetterRoutes(scope: FastifyInstance, context: WebContext): void {
  scope.get('/applications/:requestId/letters', async (request) => {
    const { requestId } = parseRequestPart(applicationParamsSchema, request.params);
    const letters = await listCaseLetters(context.useCases, apiActorOf(request), { requestId });
    return letters.map(letterSummaryOf);
  });

  scope.post('/applications/:requestId/letters', async (request, reply) => {
    const { requestId } = parseRequestPart(applicationParamsSchema, request.params);
    const { kind } = parseRequestPart(issueLetterBodySchema, request.body);
    const issued = await issueLetter(context.useCases, apiActorOf(request), { requestId, kind });
    return reply.code(201).send(issued);
  });

  scope.get('/applications/:requestId/letters/:letterId', async (request) => {
    const params = parseRequestPart(letterParamsSchema, request.params);
    return getCaseLetter(context.useCases, apiActorOf(request), params);
  });

  scope.get('/applications/:requestId/letters/:letterId/:format', async (request, reply) => {
    const { format, ...params } = parseRequestPart(letterFileParamsSchema, request.params);
    const stored = await getCaseLetter(context.useCases, apiActorOf(request), params);
    const file = await renderLetterFile(stored.letter, format);
    if ('fontProblem' in file) {
      return reply
        .code(503)
        .send({ error: { code: 'pdfUnavailable', message: file.fontProblem, fieldErrors: {} } });
    }
    return sendLetterFile(reply, { ...file, fileName: letterFileName(stored.letter, format) });
  });
}
