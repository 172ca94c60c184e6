import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatCellValue, type CellValue } from '../../src/domain/annual-report/cell-value.ts';
import { computeRequestTables } from '../../src/domain/annual-report/compute/compute-request-tables.ts';
import type { RequestRecord } from '../../src/domain/annual-report/compute/request-records.ts';
import { fieldCatalogue2021 } from '../../src/domain/annual-report/field-catalogue.ts';
import { readTextReport } from '../../src/domain/report-import/readers/read-text-report.ts';

// The demo agency's 2024 requests (issue 4): computed tables 三 and 四 must equal the published
// report's, as the importer reads it from the mirror copy. Skipped (never passed) without ../shared.
const seedPath = fileURLToPath(
  new URL('../../../shared/reference/seed-report-jiaxing-commerce-2024.txt', import.meta.url),
);
const hasSeed = existsSync(seedPath);

const demoRequests: RequestRecord[] = [
  {
    receivedOn: '2024-03-11',
    applicantType: 'naturalPerson',
    conclusion: { concludedOn: '2024-03-29', outcomeCode: 'notHeldByThisAgency' },
  },
  {
    receivedOn: '2024-06-03',
    applicantType: 'naturalPerson',
    conclusion: { concludedOn: '2024-06-20', outcomeCode: 'massRepeatedWithoutReason' },
  },
  {
    receivedOn: '2024-06-04',
    applicantType: 'naturalPerson',
    conclusion: { concludedOn: '2024-06-20', outcomeCode: 'massRepeatedWithoutReason' },
  },
];

describe.skipIf(!hasSeed)('acceptance: the demo records compute the seed report tables 三 and 四', () => {
  it('gives every one of the 190 cells as published', () => {
    const imported = readTextReport(readFileSync(seedPath, 'utf8')).report;
    const computed = computeRequestTables({ requests: demoRequests, appeals: [], year: 2024 });
    const cells = fieldCatalogue2021.cells.filter((cell) => cell.table !== '二');
    expect(cells).toHaveLength(190);
    const listing = (values: Record<string, CellValue>) =>
      cells.map((cell) => {
        const value = values[cell.key];
        return `${cell.table}\t${cell.listingRow}\t${cell.listingColumn}\t${value ? formatCellValue(value) : '?'}`;
      });
    expect(listing(computed.cells)).toEqual(listing(imported.cells));
  });
});
