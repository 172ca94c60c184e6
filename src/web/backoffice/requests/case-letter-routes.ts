import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { getCaseLetter, issueLetter } from '../../../use-cases/disclosure-requests/case-letters.ts';
import { NotFoundError, ValidationError } from '../../../use-cases/errors.ts';
import { formText, parseFormBody } from '../../shared/form-body.ts';
import type { Notice } from '../../shared/layout.ts';
import {
  letterFileName,
  renderLetterFile,
  sendLetterFile,
  type LetterFormat,
} from '../../shared/letter-files.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { staffSessionOf, type StaffSession } from '../staff-session.ts';
import { caseHref } from './request-links.ts';

export type CaseRouteHelpers = {
  requestIdOf: (parameters: unknown) => Promise<{ requestId: string; caseNumber: string }>;
  showCase: (options: {
    reply: FastifyReply;
    session: StaffSession;
    requestId: string;
    statusCode?: number;
    notice?: Notice | undefined;
  }) => Promise<FastifyReply>;
};

const letterFileParameters = z.object({ letterFile: z.string().max(80) });
const letterFilePattern = /^([0-9a-f-]{36})\.(docx|pdf)$/i;

/**
 * The letters of a case for staff: POST issues one (`issueLetter`), GET downloads one as DOCX or
 * PDF (`getCaseLetter`, `request.view`). The use cases authorise.
 */
export function registerCaseLetterRoutes(
  scope: FastifyInstance,
  context: WebContext,
  helpers: CaseRouteHelpers,
): void {
  scope.post('/requests/:caseNumber/letters', async (request, reply) => {
    const session = staffSessionOf(request);
    const { requestId, caseNumber } = await helpers.requestIdOf(request.params);
    const kind = formText(parseFormBody(request.body), 'kind');
    try {
      await issueLetter(context.useCases, session.actor, { requestId, kind });
      return reply.redirect(`${caseHref(caseNumber)}?done=letter#letters`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return helpers.showCase({
        reply,
        session,
        requestId,
        statusCode: 400,
        notice: { kind: 'error', text: `未能生成文书：${error.message}` },
      });
    }
  });

  scope.get('/requests/:caseNumber/letters/:letterFile', async (request, reply) => {
    const session = staffSessionOf(request);
    const { requestId } = await helpers.requestIdOf(request.params);
    const match = letterFilePattern.exec(letterFileParameters.parse(request.params).letterFile);
    if (!match) throw new NotFoundError('文书不存在');
    const letterId = (match[1] ?? '').toLowerCase();
    const format: LetterFormat = match[2]?.toLowerCase() === 'pdf' ? 'pdf' : 'docx';
    const stored = await getCaseLetter(context.useCases, session.actor, { requestId, letterId });
    const file = await renderLetterFile(stored.letter, format);
    if ('fontProblem' in file) {
      return helpers.showCase({
        reply,
        session,
        requestId,
        statusCode: 503,
        notice: { kind: 'error', text: file.fontProblem },
      });
    }
    return sendLetterFile(reply, { ...file, fileName: letterFileName(stored.letter, format) });
  });
}
