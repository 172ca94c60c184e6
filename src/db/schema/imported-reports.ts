import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/**
 * Annual reports read from published files or addresses (issue 5). Owned by the agency that imported
 * them (`agency_id`, usually a supervisor), so access follows the policy; the reported agency may not
 * be on the platform (`linked_agency_id` is set when one of the owner's subtree has exactly its name).
 * The same bytes imported again by the same owner update the row (unique owner + SHA-256).
 */
export const importedReports = pgTable(
  'imported_reports',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    reportedAgencyName: text('reported_agency_name'),
    linkedAgencyId: uuid('linked_agency_id').references(() => agencies.id),
    year: integer('year'),
    format: text('format').notNull(),
    source: text('source').notNull(),
    sha256: text('sha256').notNull(),
    /** The AnnualReport model: the cells and the sections. */
    report: jsonb('report').notNull(),
    importFindings: jsonb('import_findings').notNull(),
    checkFindings: jsonb('check_findings').notNull(),
    sectionsFound: integer('sections_found').notNull(),
    cellsRead: integer('cells_read').notNull(),
    hardFailureCount: integer('hard_failure_count').notNull(),
    warningCount: integer('warning_count').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull(),
    importedBy: text('imported_by').notNull(),
  },
  (table) => [
    unique('imported_reports_agency_sha256_key').on(table.agencyId, table.sha256),
    index('imported_reports_agency_year_idx').on(table.agencyId, table.year),
    index('imported_reports_agency_name_year_idx').on(table.agencyId, table.reportedAgencyName, table.year),
  ],
);
