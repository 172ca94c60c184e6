import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { isLetterNumbered } from '../../domain/applications/letters/document-number.ts';
import type { Letter } from '../../domain/applications/letters/letter.ts';
import { LetterError } from '../../domain/applications/letters/letter-error.ts';
import {
  letterKindOfTemplateKey,
  type LetterTemplateKey,
} from '../../domain/applications/letters/letter-kind.ts';
import type { LetterTemplate } from '../../domain/applications/letters/letter-template.ts';
import { buildSampleLetter } from '../../domain/applications/letters/sample-letters.ts';
import { findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { findConfigurableAgency } from './find-configurable-agency.ts';
import { parseTemplateKey } from './letter-template-input.ts';
import type { LetterSetup } from './load-letter-setup.ts';
import { loadLetterSetup } from './load-letter-setup.ts';

/**
 * The sample case's letter (`sample-letters.ts`) as an agency would issue it: its names, contacts
 * and letter settings, its edited template of the key unless `template` is given, and a 文号 (the
 * first of the year) only when the agency numbers that kind of letter.
 */
export function sampleLetterOfAgency(options: {
  key: LetterTemplateKey;
  setup: LetterSetup;
  template?: LetterTemplate;
}): Letter {
  const { key, setup } = options;
  const isNumbered = isLetterNumbered({
    kind: letterKindOfTemplateKey(key),
    isReceiptNumbered: setup.settings.isReceiptNumbered,
  });
  try {
    return buildSampleLetter(key, {
      agency: setup.letterAgency,
      template: options.template ?? setup.templates.get(key),
      documentSequence: isNumbered ? 1 : null,
    });
  } catch (error) {
    if (error instanceof LetterError) throw new ValidationError(error.message, { body: error.message });
    throw error;
  }
}

const inputSchema = z.object({
  agencySlug: z.string({ error: '请给出机关的网址标识' }).trim().min(1, '请给出机关的网址标识'),
  templateKey: z.string({ error: '请给出文书种类' }),
});

/**
 * A sample letter of a template key with an agency's settings and edited templates, e.g. for
 * `gongkai letter sample --agency` (`letter.configure`).
 */
export async function buildAgencySampleLetter(
  context: UseCaseContext,
  actor: Actor,
  input: { agencySlug: string; templateKey: string },
): Promise<Letter> {
  const valid = parseInput(inputSchema, input);
  const key = parseTemplateKey(valid.templateKey);
  const found = await findAgencyBySlug(context.db, valid.agencySlug);
  if (!found) throw new NotFoundError(`找不到网址标识为“${valid.agencySlug}”的机关`);
  const agency = await findConfigurableAgency(context.db, { actor, agencyId: found.id });
  return sampleLetterOfAgency({ key, setup: await loadLetterSetup(context.db, agency) });
}
