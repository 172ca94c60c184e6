import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import { findAgencyBySlug, type AgencyRow } from '../../../src/db/repositories/agencies.ts';
import { listCaseEvents } from '../../../src/db/repositories/case-events.ts';
import { numberCell } from '../../../src/domain/annual-report/cell-value.ts';
import { fieldCatalogue2021 } from '../../../src/domain/annual-report/field-catalogue.ts';
import { replayCase } from '../../../src/domain/applications/lifecycle/replay-case.ts';
import { readTextReport } from '../../../src/domain/report-import/readers/read-text-report.ts';
import { computeAnnualRequestTables } from '../../../src/use-cases/disclosure-requests/compute-annual-request-tables.ts';
import { listWorkQueue } from '../../../src/use-cases/disclosure-requests/list-work-queue.ts';
import { parseStoredCaseEvents } from '../../../src/use-cases/disclosure-requests/load-case.ts';
import { loadDemo } from '../../../src/use-cases/demo/load-demo.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { contextFor, testSystemActor } from '../../support/factories.ts';
import { createTestDatabase } from '../../support/test-database.ts';

// The demo is loaded with the clock on Thursday 26 November 2026, 10:00 Beijing time.
const now = () => new Date('2026-11-26T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  const result = await loadDemo(context, { actor: testSystemActor, passwordFor: () => 'demo-password-42' });
  expect(result.requests.warnings).toEqual([]);
  expect(result.requests.created).toHaveLength(16);
  const found = await findAgencyBySlug(handle.db, 'demo');
  if (!found) throw new Error('demo agency missing');
  agency = found;
}, 120_000);
afterAll(async () => handle.close());

const seedPath = fileURLToPath(
  new URL('../../../../shared/reference/seed-report-jiaxing-commerce-2024.txt', import.meta.url),
);

describe('demo disclosure requests', () => {
  it('compute the seed report’s 2024 tables 三 and 四', async () => {
    const tables = await computeAnnualRequestTables(context, testSystemActor, {
      agencyId: agency.id,
      year: 2024,
    });
    // By hand from the seed report: 3 new requests of natural persons, 1 not held, 2 mass repeated, no appeals.
    expect(tables.cells['table3.newlyReceived.naturalPerson']).toEqual(numberCell(3));
    expect(tables.cells['table3.carriedOver.naturalPerson']).toEqual(numberCell(0));
    expect(tables.cells['table3.unableNotHeld.naturalPerson']).toEqual(numberCell(1));
    expect(tables.cells['table3.notProcessedMassRepeated.naturalPerson']).toEqual(numberCell(2));
    expect(tables.cells['table3.resultTotal.total']).toEqual(numberCell(3));
    expect(tables.cells['table3.carriedForward.total']).toEqual(numberCell(0));
    expect(tables.cells['table3.newlyReceived.commercialEnterprise']).toEqual(numberCell(0));
    expect(tables.cells['table4.reconsideration.total']).toEqual(numberCell(0));
    if (existsSync(seedPath)) {
      const imported = readTextReport(readFileSync(seedPath, 'utf8')).report;
      const keys = fieldCatalogue2021.cells.filter((cell) => cell.table !== '二').map((cell) => cell.key);
      expect(keys).toHaveLength(190);
      for (const key of keys) expect([key, tables.cells[key]]).toEqual([key, imported.cells[key]]);
    }
  });

  it('keep open cases in every work-queue phase, relative to today', async () => {
    const queue = await listWorkQueue(context, testSystemActor, {
      agencyId: agency.id,
      isFinishedIncluded: true,
    });
    expect(queue.today).toBe('2026-11-26');
    for (const phase of [
      'new',
      'inProgress',
      'waitingForApplicant',
      'consulting',
      'dueSoon',
      'overdue',
      'decided',
      'closed',
    ] as const) {
      expect([phase, queue.phaseCounts[phase]]).not.toEqual([phase, 0]);
    }
    const overdue = queue.entries.find((entry) => entry.phase === 'overdue');
    expect((overdue?.replyDueDate ?? '9999-12-31') < '2026-11-26').toBe(true);
  });

  it('replay from their events to the stored status, and load only once', async () => {
    const queue = await listWorkQueue(context, testSystemActor, {
      agencyId: agency.id,
      isFinishedIncluded: true,
    });
    expect(queue.entries).toHaveLength(16);
    for (const entry of queue.entries) {
      const events = await listCaseEvents(handle.db, entry.requestId);
      const replayed = replayCase({ events: parseStoredCaseEvents(events.map((event) => event.payload)) });
      expect([entry.caseNumber, replayed?.status]).toEqual([entry.caseNumber, entry.status]);
    }
    const again = await loadDemo(context, { actor: testSystemActor, passwordFor: () => 'demo-password-42' });
    expect(again.requests.created).toEqual([]);
    expect(again.requests.skipped).toHaveLength(16);
  });
});
