import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../app/config.ts';
import { openAppDatabase } from '../app/open-app-database.ts';
import { buildBuiltInCalendar } from '../domain/calendar/built-in-calendar.ts';
import { CalendarYearMissingError } from '../domain/calendar/calendar-year-missing-error.ts';
import type { WorkingCalendar } from '../domain/calendar/working-calendar.ts';
import { EmbeddedDatabaseBusyError } from '../db/embedded-lock.ts';
import { loadWorkingCalendar } from '../use-cases/calendar/load-working-calendar.ts';
import { CliError } from './cli-error.ts';

/** The calendar with the database's imported years, when a database is configured and free. */
async function calendarWithStoredYears(): Promise<WorkingCalendar | undefined> {
  const config = readConfig();
  if (!config.databaseUrl && !existsSync(path.join(config.dataDirectory, 'pglite'))) return undefined;
  try {
    const handle = await openAppDatabase(config);
    try {
      return await loadWorkingCalendar(handle.db);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError) {
      throw new CliError(`${error.message}（需要读取数据库中导入的放假安排）`);
    }
    throw error;
  }
}

/**
 * Runs a calendar computation for the CLI. The shipped arrangements answer at once without
 * opening a database; when a date falls in a year they do not cover, the years imported into the
 * database (`gongkai calendar import`) are loaded and the computation runs again. A year neither
 * covers is an error naming the year (rules.md §1: never a weekends-only guess).
 */
export async function withWorkingCalendar<Result>(
  compute: (calendar: WorkingCalendar) => Result,
): Promise<Result> {
  try {
    return compute(buildBuiltInCalendar());
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
    const stored = await calendarWithStoredYears();
    if (stored) {
      try {
        return compute(stored);
      } catch (secondError) {
        if (!(secondError instanceof CalendarYearMissingError)) throw secondError;
        throw new CliError(`${secondError.message}（命令：gongkai calendar import 文件）`);
      }
    }
    throw new CliError(`${error.message}（命令：gongkai calendar import 文件）`);
  }
}
