import { createBlankReport } from '../../annual-report/annual-report.ts';
import { parseCellValue } from '../../annual-report/cell-value.ts';
import { checkAnnualReport } from '../../annual-report/checks/check-annual-report.ts';
import { fieldCatalogue2021, fieldCatalogueTrial2019 } from '../../annual-report/field-catalogue.ts';
import type { FieldCatalogue } from '../../annual-report/field-catalogue-types.ts';
import type { ImportFinding } from '../import-finding.ts';
import type { ReportImportResult } from '../report-import-result.ts';

const listingLinePattern = /^[二三四]\t[^\t]+\t[^\t]+\t[^\t]*$/;

/** Whether a text is a cell listing (`table\trow\tcolumn\tvalue` lines). */
export function isCellListing(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return (
    lines.length > 0 && lines.filter((line) => listingLinePattern.test(line)).length >= lines.length * 0.9
  );
}

function cellsByListing(catalogue: FieldCatalogue): Map<string, string> {
  return new Map(
    catalogue.cells.map((cell) => [`${cell.table}\t${cell.listingRow}\t${cell.listingColumn}`, cell.key]),
  );
}

const listings = [fieldCatalogue2021, fieldCatalogueTrial2019].map((catalogue) => ({
  catalogue,
  keys: cellsByListing(catalogue),
}));

/** Reads a cell listing back into a report (no sections: the listing holds only the tables). */
export function readCellListing(text: string): ReportImportResult {
  const lines = text.split('\n').filter((line) => listingLinePattern.test(line));
  const scored = listings.map((listing) => ({
    ...listing,
    matched: lines.filter((line) => listing.keys.has(line.slice(0, line.lastIndexOf('\t')))).length,
  }));
  const best = scored.reduce((left, right) => (right.matched > left.matched ? right : left));
  const report = createBlankReport({ format: best.catalogue.format });
  const findings: ImportFinding[] = [];
  for (const line of lines) {
    const separator = line.lastIndexOf('\t');
    const cellKey = best.keys.get(line.slice(0, separator));
    if (cellKey === undefined) {
      findings.push({
        code: 'labelNotMatched',
        severity: 'error',
        cellKeys: [],
        message: `无法对应的行：“${line.replace(/\t/g, ' / ')}”`,
      });
      continue;
    }
    report.cells[cellKey] = parseCellValue({ text: line.slice(separator + 1) });
  }
  return { report, importFindings: findings, checkFindings: checkAnnualReport({ report }) };
}
