import { formatCellValue, type CellValue } from '../cell-value.ts';
import { fieldCatalogueFor } from '../field-catalogue.ts';
import type { ReportDraft } from './report-draft.ts';

/**
 * A cell the platform computes from its records but staff entered by hand. Allowed (records may
 * be incomplete), but reviewers must see it: the finding names the computed value.
 */
export type OverrideFinding = {
  cellKey: string;
  enteredValue: CellValue;
  computedValue: CellValue;
  message: string;
};

function shown(value: CellValue): string {
  const text = formatCellValue(value);
  return text === '' ? '空白' : text;
}

export function findOverriddenCells(draft: ReportDraft): OverrideFinding[] {
  const findings: OverrideFinding[] = [];
  for (const cell of fieldCatalogueFor(draft.report.format).cells) {
    const entry = draft.cellSources[cell.key];
    const enteredValue = draft.report.cells[cell.key];
    if (entry?.source !== 'entered' || entry.computedValue === undefined || enteredValue === undefined)
      continue;
    const { computedValue } = entry;
    const isSame =
      enteredValue.kind === computedValue.kind &&
      formatCellValue(enteredValue) === formatCellValue(computedValue);
    findings.push({
      cellKey: cell.key,
      enteredValue,
      computedValue,
      message: isSame
        ? `表${cell.table}“${cell.listingRow}”行“${cell.listingColumn}”列为人工填写（${shown(enteredValue)}），与按办理记录计算的值相同。`
        : `表${cell.table}“${cell.listingRow}”行“${cell.listingColumn}”列人工填写为 ${shown(enteredValue)}，按办理记录计算为 ${shown(computedValue)}，请核实。`,
    });
  }
  return findings;
}
