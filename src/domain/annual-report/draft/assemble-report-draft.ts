import { createBlankReport, type AnnualReport, type ReportSection } from '../annual-report.ts';
import type { RequestTables } from '../compute/compute-request-tables.ts';
import { fieldCatalogueFor } from '../field-catalogue.ts';
import { sectionDefinitions, type SectionKey } from '../section-catalogue.ts';
import type { CellSources } from './cell-source.ts';
import type { ReportDraft } from './report-draft.ts';

/** The title Art. 50 reports carry: `<机关>2024年政府信息公开工作年度报告`. */
export function annualReportTitle(options: { agencyName: string; year: number }): string {
  return `${options.agencyName}${options.year}年政府信息公开工作年度报告`;
}

/** The six sections with their fixed titles and order (国办公开办函〔2021〕30号), texts empty. */
function emptySections(): AnnualReport['sections'] {
  const sections: Partial<Record<SectionKey, ReportSection>> = {};
  sectionDefinitions.forEach((definition, position) => {
    sections[definition.key] = { key: definition.key, title: definition.title, text: '', position };
  });
  return sections;
}

/**
 * A new draft of the agency's own report for `tables.year`'s format (Art. 50): the six sections
 * with empty texts, tables 三 and 四 computed from the records, table 二 blank for staff to enter
 * (the platform does not hold those figures).
 */
export function assembleReportDraft(options: {
  agencyName: string;
  year: number;
  tables: RequestTables;
  enteredBy: string;
}): ReportDraft {
  const { agencyName, year, tables } = options;
  const report = createBlankReport({ format: tables.format, year, agencyName });
  report.title = annualReportTitle({ agencyName, year });
  report.sections = emptySections();
  const cellSources: CellSources = {};
  for (const cell of fieldCatalogueFor(tables.format).cells) {
    const computed = tables.cells[cell.key];
    if (computed === undefined) {
      cellSources[cell.key] = { source: 'entered', enteredBy: options.enteredBy };
      continue;
    }
    report.cells[cell.key] = computed;
    cellSources[cell.key] = { source: 'computed' };
  }
  return { report, cellSources };
}
