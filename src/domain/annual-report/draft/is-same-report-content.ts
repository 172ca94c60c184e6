import { catalogueOf, type AnnualReport } from '../annual-report.ts';
import { formatCellValue } from '../cell-value.ts';
import { sectionKeys } from '../section-catalogue.ts';

/** True when two reports say the same: every cell (kind and value) and every section's title and text. */
export function isSameReportContent(left: AnnualReport, right: AnnualReport): boolean {
  if (left.format !== right.format || left.title !== right.title) return false;
  for (const cell of catalogueOf(left).cells) {
    const leftValue = left.cells[cell.key];
    const rightValue = right.cells[cell.key];
    if (leftValue?.kind !== rightValue?.kind) return false;
    if (leftValue && rightValue && formatCellValue(leftValue) !== formatCellValue(rightValue)) return false;
  }
  return sectionKeys.every((key) => {
    const leftSection = left.sections[key];
    const rightSection = right.sections[key];
    return leftSection?.title === rightSection?.title && leftSection?.text === rightSection?.text;
  });
}
