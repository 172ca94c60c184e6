import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { deleteLetterTemplateRow, letterTemplateSubjectType } from '../../db/repositories/letter-settings.ts';
import type { UseCaseContext } from '../context.ts';
import { findConfigurableAgency } from './find-configurable-agency.ts';
import { parseTemplateKey } from './letter-template-input.ts';
import { letterTemplateEntryOf, type LetterTemplateEntry } from './list-letter-templates.ts';

/**
 * Restores the default text of one template (`letter.configure`) by removing the agency's edited
 * text, with `letterTemplate.reset` in the same transaction; a template already at its default is
 * left as it is, without an event.
 */
export async function resetLetterTemplate(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; templateKey: string },
): Promise<LetterTemplateEntry> {
  const key = parseTemplateKey(input.templateKey);
  return context.db.transaction(async (transaction) => {
    const agency = await findConfigurableAgency(transaction, { actor, agencyId: input.agencyId });
    const isRemoved = await deleteLetterTemplateRow(transaction, { agencyId: agency.id, templateKey: key });
    if (isRemoved) {
      const now = context.now();
      await appendEvent(transaction, {
        agencyId: agency.id,
        actor: describeActor(actor),
        kind: 'letterTemplate.reset',
        subjectType: letterTemplateSubjectType,
        subjectId: agency.id,
        payload: { templateKey: key },
        occurredAt: now,
      });
    }
    return letterTemplateEntryOf({ key, row: undefined });
  });
}
