import type { ReportSection } from '../annual-report.ts';
import { sectionDefinitions, type SectionKey } from '../section-catalogue.ts';
import type { ReportDraft } from './report-draft.ts';

/**
 * Writes the texts of the six sections; titles and order stay the fixed ones of the format
 * (国办公开办函〔2021〕30号). Returns the keys of the sections whose text changed.
 */
export function editSectionTexts(options: {
  draft: ReportDraft;
  texts: Partial<Record<SectionKey, string>>;
}): { draft: ReportDraft; changedSections: SectionKey[] } {
  const report = structuredClone(options.draft.report);
  const changedSections: SectionKey[] = [];
  sectionDefinitions.forEach((definition, position) => {
    const text = options.texts[definition.key];
    if (text === undefined) return;
    const normalised = text.replace(/\r\n?/g, '\n').trim();
    const before: ReportSection | undefined = report.sections[definition.key];
    if (before?.text === normalised && before.title === definition.title) return;
    report.sections[definition.key] = {
      key: definition.key,
      title: definition.title,
      text: normalised,
      position,
    };
    changedSections.push(definition.key);
  });
  return { draft: { report, cellSources: options.draft.cellSources }, changedSections };
}
