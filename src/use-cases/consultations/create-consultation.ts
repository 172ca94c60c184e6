import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { applyConsultationCommand } from '../../domain/consultations/apply-consultation-command.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  consultationSubjectType,
  insertConsultation,
  type ConsultationRow,
} from '../../db/repositories/consultations.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { consultationColumnsOf } from './consultation-fields.ts';
import { createConsultationSchema } from './consultation-input.ts';
import { staffOnly } from './run-consultation-command.ts';

/** Staff draft a consultation (`consultation.manage`): saved as a draft with its event. */
export async function createConsultation(
  context: UseCaseContext,
  actor: Actor,
  input: RawInput,
): Promise<{ consultation: ConsultationRow; warnings: string[] }> {
  const valid = parseInput(createConsultationSchema, input);
  const staff = staffOnly(actor);
  return context.db.transaction(async (transaction) => {
    assertMay(actor, 'consultation.manage', await agencyTarget(transaction, valid.agencyId));
    const now = context.now();
    const result = applyConsultationCommand({
      state: null,
      command: { type: 'create' },
      today: isoDateInShanghai(now),
    });
    if (!result.isAccepted) throw new ValidationError(result.message);
    const { columns, warnings } = await consultationColumnsOf(transaction, {
      fields: valid,
      agencyId: valid.agencyId,
    });
    const consultation = await insertConsultation(transaction, {
      ...columns,
      id: randomUUID(),
      agencyId: valid.agencyId,
      status: result.status,
      createdBy: staff.userId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(transaction, {
      agencyId: consultation.agencyId,
      actor: describeActor(actor),
      kind: 'consultation.drafted',
      subjectType: consultationSubjectType,
      subjectId: consultation.id,
      payload: {
        title: consultation.title,
        opensOn: consultation.opensOn,
        closesOn: consultation.closesOn,
        publicationItemId: consultation.publicationItemId,
      },
      occurredAt: now,
    });
    return { consultation, warnings };
  });
}
