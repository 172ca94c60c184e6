import type { Actor } from '../../domain/access/actor.ts';
import { isLetterNumbered } from '../../domain/applications/letters/document-number.ts';
import type { Letter } from '../../domain/applications/letters/letter.ts';
import { LetterError } from '../../domain/applications/letters/letter-error.ts';
import { letterKindOfTemplateKey } from '../../domain/applications/letters/letter-kind.ts';
import type { LetterTemplate } from '../../domain/applications/letters/letter-template.ts';
import { buildSampleLetter } from '../../domain/applications/letters/sample-letters.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
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
  const setup = await loadLetterSetup(context.db, agency);
  const kind = letterKindOfTemplateKey(key);
  const isNumbered = isLetterNumbered({ kind, isReceiptNumbered: setup.settings.isReceiptNumbered });
  try {
    const letter = buildSampleLetter(key, {
      agency: setup.letterAgency,
      template,
      documentSequence: isNumbered ? 1 : null,
    });
    return { template, letter };
  } catch (error) {
    if (error instanceof LetterError) throw new ValidationError(error.message, { body: error.message });
    throw error;
  }
}
