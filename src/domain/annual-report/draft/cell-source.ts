import type { CellValue } from '../cell-value.ts';

/**
 * Where a cell of a draft report comes from: computed from the platform's records (tables 三 and
 * 四, rules.md §3–4) or entered by staff (table 二, or a computed cell overridden). An entered cell
 * that the platform can compute keeps the latest `computedValue`, so the override stays visible.
 */
export type CellSource =
  { source: 'computed' } | { source: 'entered'; enteredBy: string; computedValue?: CellValue };

/** The source of every cell of a draft, by cell key (the `cell_sources` column). */
export type CellSources = Record<string, CellSource>;

/** True when the platform computes this cell from records (whether or not staff overrode it). */
export function isComputableCell(options: { cellSources: CellSources; cellKey: string }): boolean {
  const entry = options.cellSources[options.cellKey];
  return entry !== undefined && (entry.source === 'computed' || entry.computedValue !== undefined);
}
