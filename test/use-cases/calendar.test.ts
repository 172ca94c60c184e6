import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { listEventsForSubject } from '../../src/db/repositories/event-log.ts';
import { importCalendarYear } from '../../src/use-cases/calendar/import-calendar-year.ts';
import {
  listCalendarYears,
  loadWorkingCalendar,
} from '../../src/use-cases/calendar/load-working-calendar.ts';
import { AccessDeniedError, ValidationError } from '../../src/use-cases/errors.ts';
import { verifyEventLog } from '../../src/use-cases/audit/verify-event-log.ts';
import { contextFor, makeAgency, makeStaff, testSystemActor } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';

const fixture = readFileSync(new URL('../fixtures/test-arrangement-2027.json', import.meta.url), 'utf8');
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe('calendar years in the database', () => {
  it('is maintained by system administrators only', async () => {
    const context = contextFor(handle);
    const agency = await makeAgency(context);
    const { actor: admin } = await makeStaff(context, { agency, roles: ['agencyAdmin', 'supervisor'] });
    await expect(importCalendarYear(context, admin, { text: fixture })).rejects.toThrow(AccessDeniedError);
    expect((await listCalendarYears(handle.db)).map((entry) => entry.year)).not.toContain(2027);
  });

  it('extends the working calendar with an imported year, recorded on the system chain', async () => {
    const context = contextFor(handle);
    const before = await loadWorkingCalendar(handle.db);
    expect(() => before.isWorkingDay('2027-01-04')).toThrow(/2027/);
    const result = await importCalendarYear(context, testSystemActor, { text: fixture });
    expect(result.replaced).toBe('nothing');
    const after = await loadWorkingCalendar(handle.db);
    expect(after.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(after.isWorkingDay('2027-02-14')).toBe(true); // a Sunday make-up day in the fixture
    const events = await listEventsForSubject(handle.db, { subjectType: 'calendarYear', subjectId: '2027' });
    expect(events.map((event) => [event.chain, event.kind, event.actor])).toEqual([
      ['system', 'calendar.year-imported', 'system:test'],
    ]);
    expect((await verifyEventLog(handle.db, { chain: 'system' })).problems).toEqual([]);
    const again = await importCalendarYear(context, testSystemActor, { text: fixture });
    expect(again.replaced).toBe('imported');
  });

  it('lets an imported correction replace a shipped year, and says so', async () => {
    const context = contextFor(handle);
    const corrected = JSON.parse(fixture) as {
      year: number;
      holidays: Array<{ firstDay: string; lastDay: string; makeUpWorkingDays: string[] }>;
    };
    corrected.year = 2019;
    corrected.holidays = [
      { ...corrected.holidays[0]!, firstDay: '2019-01-01', lastDay: '2019-01-01', makeUpWorkingDays: [] },
    ];
    const result = await importCalendarYear(context, testSystemActor, { text: JSON.stringify(corrected) });
    expect(result.replaced).toBe('builtIn');
    const years = await listCalendarYears(handle.db);
    expect(years.find((entry) => entry.year === 2019)?.origin).toBe('importedReplacingBuiltIn');
    // In the shipped 2019 arrangement, 4 Feb 2019 (Spring Festival eve) is a holiday; the correction has no Spring Festival.
    expect((await loadWorkingCalendar(handle.db)).isWorkingDay('2019-02-04')).toBe(true);
  });

  it('refuses an invalid file, an iCalendar file without a year and a year mismatch, saving nothing', async () => {
    const context = contextFor(handle);
    await expect(importCalendarYear(context, testSystemActor, { text: '{"format":"x"}' })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      importCalendarYear(context, testSystemActor, { text: 'BEGIN:VCALENDAR\nEND:VCALENDAR' }),
    ).rejects.toThrow('导入 iCalendar 文件时须指定年份');
    await expect(importCalendarYear(context, testSystemActor, { text: fixture, year: 2028 })).rejects.toThrow(
      /不一致/,
    );
    expect((await listCalendarYears(handle.db)).map((entry) => entry.year)).not.toContain(2028);
  });
});
