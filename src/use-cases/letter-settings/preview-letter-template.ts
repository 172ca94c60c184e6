import type { Actor } from '../../domain/access/actor.ts';
import type { Letter } from '../../domain/applications/letters/letter.ts';
import type { LetterTemplate } from '../../domain/applications/letters/letter-template.ts';
import type { UseCaseContext } from '../context.ts';
import { sampleLetterOfAgency } from './build-agency-sample-letter.ts';
import { findConfigurableAgency } from './find-configurable-agency.ts';
import { parseLetterTemplate, parseTemplateKey } from './letter-template-input.ts';
import { loadLetterSetup } from './load-letter-setup.ts';

/**
 * The letter an entered template gives for the sample case (`sample-letters.ts`) with the agency's
 * names, contacts and letter settings — nothing is saved (`letter.configure`). An invalid template
 * is a ValidationError with field messages, as when saving.
 */
export async function previewLetterTemplate(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; templateKey: string; template: Record<string, unknown> },
): Promise<{ template: LetterTemplate; letter: Letter }> {
  const key = parseTemplateKey(input.templateKey);
  const agency = await findConfigurableAgency(context.db, { actor, agencyId: input.agencyId });
  const template = parseLetterTemplate({ key, input: input.template });
  const letter = sampleLetterOfAgency({ key, setup: await loadLetterSetup(context.db, agency), template });
  return { template, letter };
}
