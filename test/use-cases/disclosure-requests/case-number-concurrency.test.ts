import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import type { AgencyRow } from '../../../src/db/repositories/agencies.ts';
import { submitOnlineRequest } from '../../../src/use-cases/disclosure-requests/submit-online-request.ts';
import { verifyEventLog } from '../../../src/use-cases/audit/verify-event-log.ts';
import { onlineRequestInput } from '../../support/disclosure-requests.ts';
import { contextFor, makeAgency } from '../../support/factories.ts';
import { createTestDatabase } from '../../support/test-database.ts';

// On PostgreSQL (npm run test:pg) the submissions really run in parallel on a pool of connections.
let handle: DatabaseHandle;
let agency: AgencyRow;

beforeAll(async () => {
  handle = await createTestDatabase();
  agency = await makeAgency(contextFor(handle), { slug: 'parallel' });
});
afterAll(async () => handle.close());

describe('case numbers under parallel submissions', () => {
  it('gives 16 parallel submissions 16 consecutive, distinct numbers and an unbroken event chain', async () => {
    const context = contextFor(handle);
    const submitted = await Promise.all(
      Array.from({ length: 16 }, () =>
        submitOnlineRequest(context, onlineRequestInput({ agencySlug: agency.slug })),
      ),
    );
    const numbers = submitted.map((entry) => entry.caseNumber).sort();
    expect(numbers).toEqual(
      Array.from({ length: 16 }, (_, index) => `parallel-2025-${String(index + 1).padStart(5, '0')}`),
    );
    expect(new Set(submitted.map((entry) => entry.queryCode)).size).toBe(16);
    const report = await verifyEventLog(handle.db, { chain: agency.id });
    expect(report.problems).toEqual([]);
    // One agency.created event, then one registered event per submission.
    expect(report.events).toBe(17);
  });
});
