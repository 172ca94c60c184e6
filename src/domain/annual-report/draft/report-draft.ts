import type { AnnualReport } from '../annual-report.ts';
import type { CellSources } from './cell-source.ts';

/** An annual report while it is prepared: the report model and the source of each cell. */
export type ReportDraft = { report: AnnualReport; cellSources: CellSources };

/** A computed cell whose value changed on recomputation (texts as the cell listing writes them). */
export type ComputedCellChange = { cellKey: string; before: string; after: string };
