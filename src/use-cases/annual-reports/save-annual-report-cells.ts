import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import type { CellValue } from '../../domain/annual-report/cell-value.ts';
import { enterCellValues, restoreComputedCell } from '../../domain/annual-report/draft/enter-cell-values.ts';
import type { ReportDraft } from '../../domain/annual-report/draft/report-draft.ts';
import { parseEnteredCell } from '../../domain/annual-report/draft/parse-entered-cell.ts';
import { fieldCatalogueFor } from '../../domain/annual-report/field-catalogue.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { changeAnnualReportDraft } from './change-annual-report-draft.ts';
import { agencyYearSchema, expectedVersionSchema, type StoredAnnualReportDraft } from './stored-draft.ts';

const inputSchema = agencyYearSchema.extend({
  expectedVersion: expectedVersionSchema,
  /** Cell key → the text typed; cells not given stay as they are. */
  cells: z.record(z.string(), z.string().max(50, { error: '单元格内容过长' })),
  /** An overridden cell to give back its computed value (恢复计算值). */
  restoreCellKey: z.string().optional(),
});

/**
 * Saves the cells staff entered: table 二, or computed cells they override (allowed, and flagged
 * in the findings with the computed value). Every cell is validated first (blank, "/" and 0 stay
 * distinct); one invalid cell saves nothing and names each bad cell in Chinese.
 */
export async function saveAnnualReportCells(
  context: UseCaseContext,
  actor: Actor,
  input: {
    agencyId: string;
    year: number;
    expectedVersion: number;
    cells: Record<string, string>;
    restoreCellKey?: string | undefined;
  },
): Promise<{ draft: StoredAnnualReportDraft; changedCellKeys: string[] }> {
  const valid = parseInput(inputSchema, input);
  let changedCellKeys: string[] = [];
  const { draft } = await changeAnnualReportDraft(context, actor, {
    agencyId: valid.agencyId,
    year: valid.year,
    expectedVersion: valid.expectedVersion,
    eventKind: 'annualReport.cellsSaved',
    change: (stored) => {
      const catalogue = fieldCatalogueFor(stored.report.format);
      const values = new Map<string, CellValue>();
      const fieldErrors: Record<string, string> = {};
      for (const [cellKey, text] of Object.entries(valid.cells)) {
        const cell = catalogue.cellByKey.get(cellKey);
        if (!cell) {
          fieldErrors[cellKey] = '没有这个单元格';
          continue;
        }
        const parsed = parseEnteredCell({ cell, text });
        if (parsed.isValid) values.set(cellKey, parsed.value);
        else
          fieldErrors[cellKey] =
            `表${cell.table}“${cell.listingRow}”“${cell.listingColumn}”：${parsed.message}`;
      }
      if (Object.keys(fieldErrors).length > 0) {
        throw new ValidationError(
          `有 ${Object.keys(fieldErrors).length} 个单元格填写有误，均未保存：${Object.values(fieldErrors).join('；')}`,
          fieldErrors,
        );
      }
      let next: ReportDraft = stored;
      let restored: string | null = null;
      if (valid.restoreCellKey !== undefined) {
        values.delete(valid.restoreCellKey);
        const result = restoreComputedCell({ draft: next, cellKey: valid.restoreCellKey });
        if (result.isRestored) restored = valid.restoreCellKey;
        next = result.draft;
      }
      const entered = enterCellValues({ draft: next, values, enteredBy: describeActor(actor) });
      changedCellKeys = [...entered.changes.map((change) => change.cellKey), ...(restored ? [restored] : [])];
      if (changedCellKeys.length === 0) return null;
      return { draft: entered.draft, payload: { changes: entered.changes, restoredCellKey: restored } };
    },
  });
  return { draft, changedCellKeys };
}
