import { boolean, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { requestOwnedColumns } from './request-owned-columns.ts';

/**
 * 行政复议 and 行政诉讼 about a disclosure request (rules.md §4, table 四). `result` is null while
 * pending (尚未审结); `isCountedByThisAgency` is false for a lawsuit in which the agency is only the
 * reconsideration body as co-defendant (国办公开办函〔2016〕201号).
 */
export const appealCases = pgTable(
  'appeal_cases',
  {
    ...requestOwnedColumns(),
    /** `reconsideration`, `litigationDirect` or `litigationAfterReconsideration`. */
    kind: text('kind').notNull(),
    /** The reconsideration body's or the court's file number, as written on its documents. */
    reference: text('reference').notNull().default(''),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    /** `upheld`, `corrected`, `otherResult`; null while pending. */
    result: text('result'),
    closedOn: date('closed_on', { mode: 'string' }),
    isCountedByThisAgency: boolean('is_counted_by_this_agency').notNull().default(true),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    index('appeal_cases_agency_idx').on(table.agencyId, table.filedOn),
    index('appeal_cases_request_idx').on(table.requestId),
  ],
);
