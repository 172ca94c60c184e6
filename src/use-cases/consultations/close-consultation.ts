import type { Actor } from '../../domain/access/actor.ts';
import type { ConsultationRow } from '../../db/repositories/consultations.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { consultationCommandSchema } from './consultation-input.ts';
import { runConsultationCommand } from './run-consultation-command.ts';

/** Ends the consultation after its period; the feedback comes next. */
export async function closeConsultation(
  context: UseCaseContext,
  actor: Actor,
  input: RawInput,
): Promise<ConsultationRow> {
  const valid = parseInput(consultationCommandSchema, input);
  return runConsultationCommand(context, actor, {
    ...valid,
    command: { type: 'close' },
    save: async ({ now }) => ({ changes: { closedAt: now }, eventKind: 'consultation.closed' }),
  });
}
