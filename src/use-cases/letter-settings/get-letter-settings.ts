import type { Actor } from '../../domain/access/actor.ts';
import { formatDocumentNumber } from '../../domain/applications/letters/document-number.ts';
import { isoDateInShanghai, yearOf } from '../../domain/calendar/iso-date.ts';
import type { AgencyRow } from '../../db/repositories/agencies.ts';
import type { UseCaseContext } from '../context.ts';
import { findConfigurableAgency } from './find-configurable-agency.ts';
import type { LetterSettings } from './letter-agency-of.ts';
import { loadLetterSetup } from './load-letter-setup.ts';

export type LetterSettingsView = {
  agency: AgencyRow;
  settings: LetterSettings;
  /** True when the agency has saved no settings and the defaults apply. */
  isDefault: boolean;
  /** The first 文号 of this year from the pattern, e.g. 示商务依申〔2025〕1号. */
  exampleDocumentNumber: string;
};

/** The example 文号 a pattern gives: the first letter of the current year. */
export function exampleDocumentNumberOf(options: { pattern: string; now: Date }): string {
  return formatDocumentNumber({
    pattern: options.pattern,
    year: yearOf(isoDateInShanghai(options.now)),
    sequence: 1,
  });
}

/** An agency's letter settings for its administrator (`letter.configure`); the defaults when none saved. */
export async function getLetterSettings(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string },
): Promise<LetterSettingsView> {
  const agency = await findConfigurableAgency(context.db, { actor, agencyId: input.agencyId });
  const setup = await loadLetterSetup(context.db, agency);
  return {
    agency,
    settings: setup.settings,
    isDefault: setup.isDefault,
    exampleDocumentNumber: exampleDocumentNumberOf({
      pattern: setup.settings.documentNumberPattern,
      now: context.now(),
    }),
  };
}
