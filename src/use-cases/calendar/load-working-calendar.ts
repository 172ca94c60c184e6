import { builtInArrangements } from '../../domain/calendar/arrangements/built-in-arrangements.ts';
import { buildCalendar, type WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import type { YearArrangement } from '../../domain/calendar/year-arrangement.ts';
import type { Executor } from '../../db/database.ts';
import { listStoredArrangements } from '../../db/repositories/calendar-years.ts';

/**
 * The working calendar every deadline uses: the shipped arrangements 2019–2026, then the years an
 * administrator imported (an imported year replaces a shipped one: buildCalendar keeps the later).
 */
export async function loadWorkingCalendar(executor: Executor): Promise<WorkingCalendar> {
  const stored = await listStoredArrangements(executor);
  return buildCalendar([...builtInArrangements, ...stored.map((entry) => entry.arrangement)]);
}

export type CalendarYearSummary = {
  year: number;
  origin: 'builtIn' | 'imported' | 'importedReplacingBuiltIn';
  arrangement: YearArrangement;
  importedAt: Date | undefined;
  importedBy: string | undefined;
};

/** Which years the calendar covers and where each comes from (back office and `calendar list`). */
export async function listCalendarYears(executor: Executor): Promise<CalendarYearSummary[]> {
  const stored = await listStoredArrangements(executor);
  const byYear = new Map<number, CalendarYearSummary>();
  for (const arrangement of builtInArrangements) {
    byYear.set(arrangement.year, {
      year: arrangement.year,
      origin: 'builtIn',
      arrangement,
      importedAt: undefined,
      importedBy: undefined,
    });
  }
  for (const entry of stored) {
    const year = entry.arrangement.year;
    byYear.set(year, {
      year,
      origin: byYear.has(year) ? 'importedReplacingBuiltIn' : 'imported',
      arrangement: entry.arrangement,
      importedAt: entry.importedAt,
      importedBy: entry.importedBy,
    });
  }
  return [...byYear.values()].sort((left, right) => left.year - right.year);
}
