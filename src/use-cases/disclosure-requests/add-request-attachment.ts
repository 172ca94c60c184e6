import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { requestAttachmentSubjectType } from '../../db/repositories/case-events.ts';
import {
  findDisclosureRequestById,
  insertRequestAttachments,
} from '../../db/repositories/disclosure-requests.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { addedAttachmentKinds, type AddedAttachmentKind } from './attachment-kinds.ts';
import { checkAttachments, type CheckedAttachment } from './attachment-rules.ts';
import { attachmentInputSchema } from './request-input.ts';

export type AddRequestAttachmentInput = {
  requestId: string;
  kind: string;
  /** What the file is (e.g. 申请人2025年3月5日补正的申请表); kept in the case's event log. */
  description: string;
  file: { fileName: string; mediaType: string; content: Uint8Array } | null;
};

export type AddedRequestAttachment = { attachmentId: string; fileName: string; kind: AddedAttachmentKind };

const inputSchema = z.object({
  requestId: z.uuid({ error: '申请编号无效' }),
  kind: z.enum(addedAttachmentKinds, { error: '请选择材料类型' }),
  description: z
    .string({ error: '请填写材料说明' })
    .trim()
    .min(1, '请填写材料说明（例如：申请人3月5日补正的申请表）')
    .max(500, '材料说明不能超过500个字'),
  file: attachmentInputSchema.nullable(),
});

const noFile = '请选择要上传的文件';

/** The one file, checked as the intake checks its files; the message names the form's file field. */
function checkedFile(file: z.output<typeof attachmentInputSchema> | null): CheckedAttachment {
  if (file === null) throw new ValidationError(noFile, { file: noFile });
  try {
    const [checked] = checkAttachments([file]);
    if (!checked) throw new ValidationError(noFile, { file: noFile });
    return checked;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(error.message, { file: error.message });
  }
}

/**
 * A file staff add to a case after intake (a scanned paper letter, the applicant's clarification,
 * a consulted party's reply): `request.handle`; the same size and type limits as the intake
 * (`checkAttachments`); the file and its `attachment.added` event (who, what kind, the
 * description — no file name, it may carry personal data) saved in one transaction.
 */
export async function addRequestAttachment(
  context: UseCaseContext,
  actor: Actor,
  input: AddRequestAttachmentInput,
): Promise<AddedRequestAttachment> {
  const valid = parseInput(inputSchema, input);
  const file = checkedFile(valid.file);
  return context.db.transaction(async (transaction) => {
    const row = await findDisclosureRequestById(transaction, { requestId: valid.requestId, isLocked: true });
    if (!row) throw new NotFoundError('申请不存在');
    assertMay(actor, 'request.handle', await agencyTarget(transaction, row.agencyId));
    const now = context.now();
    const attachmentId = randomUUID();
    await insertRequestAttachments(transaction, [
      {
        ...file,
        id: attachmentId,
        agencyId: row.agencyId,
        requestId: row.id,
        kind: valid.kind,
        createdAt: now,
      },
    ]);
    await appendEvent(transaction, {
      agencyId: row.agencyId,
      actor: describeActor(actor),
      kind: 'attachment.added',
      subjectType: requestAttachmentSubjectType,
      subjectId: attachmentId,
      payload: {
        requestId: row.id,
        kind: valid.kind,
        description: valid.description,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
      },
      occurredAt: now,
    });
    return { attachmentId, fileName: file.fileName, kind: valid.kind };
  });
}
