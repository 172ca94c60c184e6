import type { Actor } from '../../domain/access/actor.ts';
import type { ConsultationRow } from '../../db/repositories/consultations.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { consultationColumnsOf } from './consultation-fields.ts';
import { editConsultationSchema } from './consultation-input.ts';
import { runConsultationCommand } from './run-consultation-command.ts';

/** Changes a draft's text, period or catalogue link; fixed once the consultation is open. */
export async function editConsultation(
  context: UseCaseContext,
  actor: Actor,
  input: RawInput,
): Promise<{ consultation: ConsultationRow; warnings: string[] }> {
  const valid = parseInput(editConsultationSchema, input);
  let warnings: string[] = [];
  const consultation = await runConsultationCommand(context, actor, {
    consultationId: valid.consultationId,
    expectedVersion: valid.expectedVersion,
    command: { type: 'edit' },
    save: async ({ transaction, row }) => {
      const fields = await consultationColumnsOf(transaction, { fields: valid, agencyId: row.agencyId });
      warnings = fields.warnings;
      return {
        changes: fields.columns,
        eventKind: 'consultation.edited',
        payload: { title: valid.title, opensOn: fields.columns.opensOn, closesOn: fields.columns.closesOn },
      };
    },
  });
  return { consultation, warnings };
}
