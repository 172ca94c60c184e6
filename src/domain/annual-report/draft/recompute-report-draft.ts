import { formatCellValue, type CellValue } from '../cell-value.ts';
import type { RequestTables } from '../compute/compute-request-tables.ts';
import type { CellSources } from './cell-source.ts';
import type { ComputedCellChange, ReportDraft } from './report-draft.ts';

function isSameValue(left: CellValue | undefined, right: CellValue): boolean {
  return left !== undefined && left.kind === right.kind && formatCellValue(left) === formatCellValue(right);
}

/**
 * Computes tables 三 and 四 again from the records: computed cells take the new values (and are
 * listed when they changed); cells staff entered keep their value and only remember the new
 * computed value, so the override finding shows it.
 */
export function recomputeReportDraft(options: { draft: ReportDraft; tables: RequestTables }): {
  draft: ReportDraft;
  changes: ComputedCellChange[];
} {
  const { draft, tables } = options;
  if (tables.format !== draft.report.format) throw new Error('recomputation in another report format');
  const report = structuredClone(draft.report);
  const cellSources: CellSources = structuredClone(draft.cellSources);
  const changes: ComputedCellChange[] = [];
  for (const [cellKey, computed] of Object.entries(tables.cells)) {
    const entry = cellSources[cellKey];
    if (entry?.source === 'entered') {
      cellSources[cellKey] = { ...entry, computedValue: computed };
      continue;
    }
    const before = report.cells[cellKey];
    if (!isSameValue(before, computed)) {
      changes.push({
        cellKey,
        before: before === undefined ? '' : formatCellValue(before),
        after: formatCellValue(computed),
      });
    }
    report.cells[cellKey] = computed;
    cellSources[cellKey] = { source: 'computed' };
  }
  return { draft: { report, cellSources }, changes };
}
