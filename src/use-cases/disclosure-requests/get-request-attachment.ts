import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  findDisclosureRequestById,
  findRequestAttachment,
} from '../../db/repositories/disclosure-requests.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';

export type RequestAttachmentFile = {
  fileName: string;
  mediaType: string;
  sha256: string;
  content: Uint8Array;
};

const inputSchema = z.object({
  requestId: z.uuid({ error: '申请编号无效' }),
  attachmentId: z.uuid({ error: '附件编号无效' }),
});

/** An attachment's bytes (the applicant's upload or the paper scan): personal data, `request.view` only. */
export async function getRequestAttachment(
  context: UseCaseContext,
  actor: Actor,
  input: { requestId: string; attachmentId: string },
): Promise<RequestAttachmentFile> {
  const valid = parseInput(inputSchema, input);
  const request = await findDisclosureRequestById(context.db, { requestId: valid.requestId });
  if (!request) throw new NotFoundError('申请不存在');
  assertMay(actor, 'request.view', await agencyTarget(context.db, request.agencyId));
  const attachment = await findRequestAttachment(context.db, valid);
  if (!attachment) throw new NotFoundError('附件不存在');
  return {
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    sha256: attachment.sha256,
    content: new Uint8Array(attachment.content),
  };
}
