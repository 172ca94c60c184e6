import type { Actor } from '../../domain/access/actor.ts';
import type { ConsultationRow } from '../../db/repositories/consultations.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { withdrawConsultationSchema } from './consultation-input.ts';
import { runConsultationCommand } from './run-consultation-command.ts';

/** Withdraws a draft or an open consultation, with its reason (shown on the portal if it was open). */
export async function withdrawConsultation(
  context: UseCaseContext,
  actor: Actor,
  input: RawInput,
): Promise<ConsultationRow> {
  const valid = parseInput(withdrawConsultationSchema, input);
  return runConsultationCommand(context, actor, {
    consultationId: valid.consultationId,
    expectedVersion: valid.expectedVersion,
    command: { type: 'withdraw', reason: valid.reason },
    save: async ({ now }) => ({
      changes: { withdrawnAt: now, withdrawalReason: valid.reason.trim() },
      eventKind: 'consultation.withdrawn',
      payload: { reason: valid.reason.trim() },
    }),
  });
}
