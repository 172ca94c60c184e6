import type { Actor } from '../../domain/access/actor.ts';
import type { AgencyRow } from '../../db/repositories/agencies.ts';
import { findLetterTemplateRow } from '../../db/repositories/letter-settings.ts';
import type { UseCaseContext } from '../context.ts';
import { findConfigurableAgency } from './find-configurable-agency.ts';
import { parseTemplateKey } from './letter-template-input.ts';
import { letterTemplateEntryOf, type LetterTemplateEntry } from './list-letter-templates.ts';

/** One template of an agency (`letter.configure`) for its edit page; an unknown key is NotFoundError. */
export async function getLetterTemplate(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; templateKey: string },
): Promise<{ agency: AgencyRow; entry: LetterTemplateEntry }> {
  const key = parseTemplateKey(input.templateKey);
  const agency = await findConfigurableAgency(context.db, { actor, agencyId: input.agencyId });
  const row = await findLetterTemplateRow(context.db, { agencyId: agency.id, templateKey: key });
  return { agency, entry: letterTemplateEntryOf({ key, row }) };
}
