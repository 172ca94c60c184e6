import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { letterTemplateSubjectType, upsertLetterTemplateRow } from '../../db/repositories/letter-settings.ts';
import type { UseCaseContext } from '../context.ts';
import { findConfigurableAgency } from './find-configurable-agency.ts';
import { parseLetterTemplate, parseTemplateKey } from './letter-template-input.ts';
import { letterTemplateEntryOf, type LetterTemplateEntry } from './list-letter-templates.ts';

/**
 * Saves an agency's edited text of one template (`letter.configure`) after `validateLetterTemplate`;
 * letters issued from now on use it, letters already issued keep their text (case_letters holds
 * the whole letter). Writes `letterTemplate.saved` in the same transaction.
 */
export async function saveLetterTemplate(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; templateKey: string; template: Record<string, unknown> },
): Promise<LetterTemplateEntry> {
  const key = parseTemplateKey(input.templateKey);
  const template = parseLetterTemplate({ key, input: input.template });
  return context.db.transaction(async (transaction) => {
    const agency = await findConfigurableAgency(transaction, { actor, agencyId: input.agencyId });
    const now = context.now();
    const updatedBy = describeActor(actor);
    const row = await upsertLetterTemplateRow(transaction, {
      agencyId: agency.id,
      templateKey: key,
      title: template.title,
      body: template.body,
      attachments: [...template.attachments],
      updatedAt: now,
      updatedBy,
    });
    await appendEvent(transaction, {
      agencyId: agency.id,
      actor: updatedBy,
      kind: 'letterTemplate.saved',
      subjectType: letterTemplateSubjectType,
      subjectId: agency.id,
      payload: { templateKey: key, title: template.title },
      occurredAt: now,
    });
    return letterTemplateEntryOf({ key, row });
  });
}
