import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { editSectionTexts } from '../../domain/annual-report/draft/edit-section-texts.ts';
import { sectionKeys } from '../../domain/annual-report/section-catalogue.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { changeAnnualReportDraft } from './change-annual-report-draft.ts';
import { agencyYearSchema, expectedVersionSchema, type StoredAnnualReportDraft } from './stored-draft.ts';

const maximumSectionLength = 20000;

const sectionText = z
  .string()
  .max(maximumSectionLength, { error: `每部分不能超过${maximumSectionLength}个字符` });

const inputSchema = agencyYearSchema.extend({
  expectedVersion: expectedVersionSchema,
  texts: z.object(Object.fromEntries(sectionKeys.map((key) => [key, sectionText.optional()]))),
});

/** Saves the texts of the six sections (titles stay the format's); nothing changes, nothing is written. */
export async function saveAnnualReportSections(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; year: number; expectedVersion: number; texts: Record<string, string> },
): Promise<{ draft: StoredAnnualReportDraft; isChanged: boolean }> {
  const valid = parseInput(inputSchema, input);
  return changeAnnualReportDraft(context, actor, {
    agencyId: valid.agencyId,
    year: valid.year,
    expectedVersion: valid.expectedVersion,
    eventKind: 'annualReport.sectionsSaved',
    change: (stored) => {
      const { draft, changedSections } = editSectionTexts({ draft: stored, texts: valid.texts });
      return changedSections.length === 0 ? null : { draft, payload: { sections: changedSections } };
    },
  });
}
