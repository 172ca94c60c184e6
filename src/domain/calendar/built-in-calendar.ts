import { builtInArrangements } from './arrangements/built-in-arrangements.ts';
import { buildCalendar, type WorkingCalendar } from './working-calendar.ts';

/** The calendar of the shipped official arrangements only (2019–2026), for the CLI and tests. */
export function buildBuiltInCalendar(): WorkingCalendar {
  return buildCalendar(builtInArrangements);
}
