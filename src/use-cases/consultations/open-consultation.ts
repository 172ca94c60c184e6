import type { Actor } from '../../domain/access/actor.ts';
import type { ConsultationRow } from '../../db/repositories/consultations.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { consultationCommandSchema } from './consultation-input.ts';
import { runConsultationCommand } from './run-consultation-command.ts';

/** Publishes the draft for comment: it appears on the portal and takes comments during its period. */
export async function openConsultation(
  context: UseCaseContext,
  actor: Actor,
  input: RawInput,
): Promise<ConsultationRow> {
  const valid = parseInput(consultationCommandSchema, input);
  return runConsultationCommand(context, actor, {
    ...valid,
    command: { type: 'open' },
    save: async ({ row, now }) => ({
      changes: { openedAt: now },
      eventKind: 'consultation.opened',
      payload: { opensOn: row.opensOn, closesOn: row.closesOn, shortPeriodReason: row.shortPeriodReason },
    }),
  });
}
