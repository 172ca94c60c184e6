import { asc } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { calendarYears } from '../schema/index.ts';
import type { YearArrangement } from '../../domain/calendar/year-arrangement.ts';

export type StoredArrangement = { arrangement: YearArrangement; importedAt: Date; importedBy: string };

export async function listStoredArrangements(executor: Executor): Promise<StoredArrangement[]> {
  const rows = await executor.select().from(calendarYears).orderBy(asc(calendarYears.year));
  return rows.map((row) => ({
    arrangement: row.arrangement as YearArrangement,
    importedAt: row.importedAt,
    importedBy: row.importedBy,
  }));
}

/** Stores a year's arrangement, replacing an earlier import of the same year. */
export async function saveArrangement(
  executor: Executor,
  options: { arrangement: YearArrangement; importedAt: Date; importedBy: string },
): Promise<void> {
  const row = {
    year: options.arrangement.year,
    arrangement: options.arrangement,
    importedAt: options.importedAt,
    importedBy: options.importedBy,
  };
  await executor
    .insert(calendarYears)
    .values(row)
    .onConflictDoUpdate({ target: calendarYears.year, set: row });
}
