import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { agencyLetterSettings, agencyLetterTemplates } from '../schema/index.ts';

export type LetterSettingsRow = typeof agencyLetterSettings.$inferSelect;
export type NewLetterSettingsRow = typeof agencyLetterSettings.$inferInsert;
export type LetterTemplateRow = typeof agencyLetterTemplates.$inferSelect;
export type NewLetterTemplateRow = typeof agencyLetterTemplates.$inferInsert;

export const letterSettingsSubjectType = 'letterSettings';
export const letterTemplateSubjectType = 'letterTemplate';

/** The agency's letter settings; undefined when it has none (the defaults apply). */
export async function findLetterSettings(
  executor: Executor,
  agencyId: string,
): Promise<LetterSettingsRow | undefined> {
  const [row] = await executor
    .select()
    .from(agencyLetterSettings)
    .where(eq(agencyLetterSettings.agencyId, agencyId));
  return row;
}

export async function upsertLetterSettings(
  executor: Executor,
  row: NewLetterSettingsRow,
): Promise<LetterSettingsRow> {
  const { agencyId, ...changes } = row;
  const [saved] = await executor
    .insert(agencyLetterSettings)
    .values(row)
    .onConflictDoUpdate({ target: agencyLetterSettings.agencyId, set: changes })
    .returning();
  if (!saved) throw new Error(`letter settings of agency ${agencyId} not saved`);
  return saved;
}

/** The agency's edited templates, by key; a key without a row uses the default text. */
export async function listLetterTemplateRows(
  executor: Executor,
  agencyId: string,
): Promise<LetterTemplateRow[]> {
  return executor
    .select()
    .from(agencyLetterTemplates)
    .where(eq(agencyLetterTemplates.agencyId, agencyId))
    .orderBy(asc(agencyLetterTemplates.templateKey));
}

export async function findLetterTemplateRow(
  executor: Executor,
  options: { agencyId: string; templateKey: string },
): Promise<LetterTemplateRow | undefined> {
  const [row] = await executor
    .select()
    .from(agencyLetterTemplates)
    .where(
      and(
        eq(agencyLetterTemplates.agencyId, options.agencyId),
        eq(agencyLetterTemplates.templateKey, options.templateKey),
      ),
    );
  return row;
}

export async function upsertLetterTemplateRow(
  executor: Executor,
  row: NewLetterTemplateRow,
): Promise<LetterTemplateRow> {
  const { agencyId, templateKey, ...changes } = row;
  const [saved] = await executor
    .insert(agencyLetterTemplates)
    .values(row)
    .onConflictDoUpdate({
      target: [agencyLetterTemplates.agencyId, agencyLetterTemplates.templateKey],
      set: changes,
    })
    .returning();
  if (!saved) throw new Error(`letter template ${templateKey} of agency ${agencyId} not saved`);
  return saved;
}

/** Removes an edited template (its default text applies again); true when there was one. */
export async function deleteLetterTemplateRow(
  executor: Executor,
  options: { agencyId: string; templateKey: string },
): Promise<boolean> {
  const deleted = await executor
    .delete(agencyLetterTemplates)
    .where(
      and(
        eq(agencyLetterTemplates.agencyId, options.agencyId),
        eq(agencyLetterTemplates.templateKey, options.templateKey),
      ),
    )
    .returning({ templateKey: agencyLetterTemplates.templateKey });
  return deleted.length > 0;
}
