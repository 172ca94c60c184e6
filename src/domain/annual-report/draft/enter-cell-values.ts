import { formatCellValue, type CellValue } from '../cell-value.ts';
import type { CellSources } from './cell-source.ts';
import type { ReportDraft } from './report-draft.ts';

/** A cell staff changed: its key and the values before and after (as the cell listing writes them). */
export type EnteredCellChange = { cellKey: string; before: string; after: string };

function isSameValue(left: CellValue | undefined, right: CellValue): boolean {
  return left !== undefined && left.kind === right.kind && formatCellValue(left) === formatCellValue(right);
}

/**
 * Writes values staff entered. A cell whose value does not change keeps its source (saving the
 * form again does not turn computed cells into overrides); a changed computed cell becomes an
 * override that remembers the computed value.
 */
export function enterCellValues(options: {
  draft: ReportDraft;
  values: ReadonlyMap<string, CellValue>;
  enteredBy: string;
}): { draft: ReportDraft; changes: EnteredCellChange[] } {
  const report = structuredClone(options.draft.report);
  const cellSources: CellSources = structuredClone(options.draft.cellSources);
  const changes: EnteredCellChange[] = [];
  for (const [cellKey, value] of options.values) {
    const before = report.cells[cellKey];
    if (before === undefined) throw new Error(`no cell ${cellKey} in a ${report.format} report`);
    if (isSameValue(before, value)) continue;
    changes.push({ cellKey, before: formatCellValue(before), after: formatCellValue(value) });
    report.cells[cellKey] = value;
    const entry = cellSources[cellKey];
    const computedValue = entry?.source === 'computed' ? before : entry?.computedValue;
    cellSources[cellKey] = {
      source: 'entered',
      enteredBy: options.enteredBy,
      ...(computedValue === undefined ? {} : { computedValue }),
    };
  }
  return { draft: { report, cellSources }, changes };
}

/** Gives an overridden cell back its computed value; false when the cell is not an override. */
export function restoreComputedCell(options: { draft: ReportDraft; cellKey: string }): {
  draft: ReportDraft;
  isRestored: boolean;
} {
  const entry = options.draft.cellSources[options.cellKey];
  if (entry?.source !== 'entered' || entry.computedValue === undefined) {
    return { draft: options.draft, isRestored: false };
  }
  const report = structuredClone(options.draft.report);
  const cellSources: CellSources = structuredClone(options.draft.cellSources);
  report.cells[options.cellKey] = entry.computedValue;
  cellSources[options.cellKey] = { source: 'computed' };
  return { draft: { report, cellSources }, isRestored: true };
}
