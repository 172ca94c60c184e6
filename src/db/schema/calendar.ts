import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Holiday arrangements imported by a system administrator (years after the shipped ones, or a
 * correction of one). Platform-wide, not agency-owned: every agency counts the same working days.
 * `arrangement` holds the domain's YearArrangement as JSON.
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  arrangement: jsonb('arrangement').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull(),
  importedBy: text('imported_by').notNull(),
});
