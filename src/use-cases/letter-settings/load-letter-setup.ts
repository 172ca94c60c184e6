import type { LetterAgency } from '../../domain/applications/letters/letter-agency.ts';
import {
  isLetterTemplateKey,
  type LetterTemplateKey,
} from '../../domain/applications/letters/letter-kind.ts';
import { letterTemplateSchema } from '../../domain/applications/letters/letter-schemas.ts';
import type { LetterTemplate } from '../../domain/applications/letters/letter-template.ts';
import type { Executor } from '../../db/database.ts';
import type { AgencyRow } from '../../db/repositories/agencies.ts';
import {
  findLetterSettings,
  listLetterTemplateRows,
  type LetterTemplateRow,
} from '../../db/repositories/letter-settings.ts';
import { letterAgencyOf, letterSettingsOf, type LetterSettings } from './letter-agency-of.ts';

/** What building an agency's letters takes: its settings, the agency as letters see it, its edited templates. */
export type LetterSetup = {
  settings: LetterSettings;
  /** True when the agency has saved no settings (the defaults apply). */
  isDefault: boolean;
  letterAgency: LetterAgency;
  /** The agency's edited templates by key; a key not here uses its default text. */
  templates: ReadonlyMap<LetterTemplateKey, LetterTemplate>;
};

/** A stored template row back into a `LetterTemplate`; one that does not parse is a corrupt record. */
export function letterTemplateOf(row: LetterTemplateRow): LetterTemplate {
  const parsed = letterTemplateSchema.safeParse({
    key: row.templateKey,
    title: row.title,
    body: row.body,
    attachments: row.attachments,
  });
  if (!parsed.success) {
    throw new Error(
      `letter template ${row.templateKey} of agency ${row.agencyId} unreadable: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

/** Loads an agency's letter settings and edited templates (no authorisation: callers authorise). */
export async function loadLetterSetup(executor: Executor, agency: AgencyRow): Promise<LetterSetup> {
  const row = await findLetterSettings(executor, agency.id);
  const settings = letterSettingsOf({ agency, row });
  const templateRows = await listLetterTemplateRows(executor, agency.id);
  const templates = new Map<LetterTemplateKey, LetterTemplate>();
  // A key no longer known (an outcome removed from the catalogue) is ignored: nothing can use it.
  for (const templateRow of templateRows) {
    if (isLetterTemplateKey(templateRow.templateKey)) {
      templates.set(templateRow.templateKey, letterTemplateOf(templateRow));
    }
  }
  return {
    settings,
    isDefault: row === undefined,
    letterAgency: letterAgencyOf({ agency, settings }),
    templates,
  };
}
