import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { findAgencyBySlug, type AgencyRow } from '../../src/db/repositories/agencies.ts';
import { formatCellValue, numberCell, type CellValue } from '../../src/domain/annual-report/cell-value.ts';
import { fieldCatalogue2021 } from '../../src/domain/annual-report/field-catalogue.ts';
import { readTextReport } from '../../src/domain/report-import/readers/read-text-report.ts';
import { getAnnualReportDraft } from '../../src/use-cases/annual-reports/get-annual-report-draft.ts';
import { getPublishedAnnualReport } from '../../src/use-cases/annual-reports/published-annual-reports.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { loadDemo } from '../../src/use-cases/demo/load-demo.ts';
import { contextFor, testSystemActor } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';

// The demo is loaded with the clock on Thursday 26 November 2026, 10:00 Beijing time.
const now = () => new Date('2026-11-26T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
let first: Awaited<ReturnType<typeof loadDemo>>;

const seedPath = fileURLToPath(
  new URL('../../../shared/reference/seed-report-jiaxing-commerce-2024.txt', import.meta.url),
);

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  first = await loadDemo(context, { actor: testSystemActor, passwordFor: () => 'demo-password-42' });
  const found = await findAgencyBySlug(handle.db, 'demo');
  if (!found) throw new Error('demo agency missing');
  agency = found;
}, 180_000);
afterAll(async () => handle.close());

describe('demo annual reports', () => {
  it('publishes the 2024 report on 20 January 2025, in time, with the seed report’s tables 三 and 四', async () => {
    expect(first.annualReports).toEqual({ published: [2024], drafted: [2025], warnings: [] });
    const published = await getPublishedAnnualReport(context, { agency, year: 2024 });
    expect(published.latest.revision).toBe(1);
    expect(published.firstPublishedOn).toBe('2025-01-20');
    expect(published.isLate).toBe(false);
    const { cells } = published.latest.report;
    // By hand from the seed report: 3 new requests, 1 not held, 2 mass repeated; 行政许可 111.
    expect(cells['table3.newlyReceived.total']).toEqual(numberCell(3));
    expect(cells['table3.unableNotHeld.total']).toEqual(numberCell(1));
    expect(cells['table3.notProcessedMassRepeated.total']).toEqual(numberCell(2));
    expect(cells['table2.licensing.decisions']).toEqual(numberCell(111));
    expect(cells['table2.regulations.issued']).toEqual({ kind: 'notApplicable', text: '/' });
    expect(published.latest.checkFindings.filter((finding) => finding.severity === 'hard')).toEqual([]);
    if (existsSync(seedPath)) {
      const seed = readTextReport(readFileSync(seedPath, 'utf8')).report;
      // Every cell as published, except 规章 (第二十条第（一）项 rows), where the demo bureau says "/".
      const compared = fieldCatalogue2021.cells.filter((cell) => !cell.key.startsWith('table2.regulations.'));
      expect(compared).toHaveLength(197);
      const listing = (values: Record<string, CellValue>) =>
        compared.map(
          (cell) => `${cell.key}\t${formatCellValue(values[cell.key] ?? { kind: 'blank', text: '' })}`,
        );
      expect(listing(cells)).toEqual(listing(seed.cells));
    }
  });

  it('leaves a 2025 draft compared with the 2024 publication, and adds nothing on a second run', async () => {
    const details = await getAnnualReportDraft(context, testSystemActor, { agencyId: agency.id, year: 2025 });
    expect(details.latestPublication).toBeNull();
    expect(details.previous).toEqual({ year: 2024, origin: 'publication', reference: '1' });
    expect(details.draft.report.sections.overview?.text).toContain('编制中');
    const again = await loadDemo(context, { actor: testSystemActor });
    expect(again.annualReports).toEqual({ published: [], drafted: [], warnings: [] });
  });
});
