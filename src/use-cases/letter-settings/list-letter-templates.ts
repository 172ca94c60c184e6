import type { Actor } from '../../domain/access/actor.ts';
import { defaultLetterTemplate } from '../../domain/applications/letters/default-letter-templates.ts';
import { letterTemplateKeys, type LetterTemplateKey } from '../../domain/applications/letters/letter-kind.ts';
import type { LetterTemplate } from '../../domain/applications/letters/letter-template.ts';
import { letterTemplateLabel } from '../../domain/applications/letters/letter-template-label.ts';
import type { AgencyRow } from '../../db/repositories/agencies.ts';
import { listLetterTemplateRows, type LetterTemplateRow } from '../../db/repositories/letter-settings.ts';
import type { UseCaseContext } from '../context.ts';
import { findConfigurableAgency } from './find-configurable-agency.ts';
import { letterTemplateOf } from './load-letter-setup.ts';

/** One template as the agency uses it: its edited text, else the default. */
export type LetterTemplateEntry = {
  key: LetterTemplateKey;
  label: string;
  template: LetterTemplate;
  isEdited: boolean;
  /** When and by whom the edited text was saved; null for the default. */
  updatedAt: string | null;
  updatedBy: string | null;
};

export function letterTemplateEntryOf(options: {
  key: LetterTemplateKey;
  row: LetterTemplateRow | undefined;
}): LetterTemplateEntry {
  const { key, row } = options;
  return {
    key,
    label: letterTemplateLabel(key),
    template: row === undefined ? defaultLetterTemplate(key) : letterTemplateOf(row),
    isEdited: row !== undefined,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}

/** Every template key of an agency (`letter.configure`), in the order of `letterTemplateKeys`. */
export async function listLetterTemplates(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string },
): Promise<{ agency: AgencyRow; templates: LetterTemplateEntry[] }> {
  const agency = await findConfigurableAgency(context.db, { actor, agencyId: input.agencyId });
  const rows = new Map(
    (await listLetterTemplateRows(context.db, agency.id)).map((row) => [row.templateKey, row]),
  );
  return {
    agency,
    templates: letterTemplateKeys.map((key) => letterTemplateEntryOf({ key, row: rows.get(key) })),
  };
}
