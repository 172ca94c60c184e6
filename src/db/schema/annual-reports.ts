import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/**
 * The agency's own annual report (政府信息公开工作年度报告) while it is prepared: one draft per
 * agency and year. `report` is the AnnualReport model — cells computed from the records where the
 * platform holds them, entered by staff where it does not, and the text of the sections.
 * `cell_sources` says for each cell whether it was computed or entered (and by whom), so a
 * recomputation never overwrites what staff entered unless asked. `version` guards concurrent edits.
 */
export const annualReportDrafts = pgTable(
  'annual_report_drafts',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    report: jsonb('report').notNull(),
    cellSources: jsonb('cell_sources').notNull(),
    version: integer('version').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (table) => [unique('annual_report_drafts_agency_year_key').on(table.agencyId, table.year)],
);

/**
 * A published annual report: append-only, one row per publication. A correction after
 * publication is a new row with the next `revision` (the portal shows the latest, and says it was
 * corrected); the earlier rows stay as they were published.
 */
export const annualReportPublications = pgTable(
  'annual_report_publications',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    revision: integer('revision').notNull(),
    report: jsonb('report').notNull(),
    checkFindings: jsonb('check_findings').notNull(),
    correctionNote: text('correction_note'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
    publishedBy: text('published_by').notNull(),
  },
  (table) => [
    unique('annual_report_publications_revision_key').on(table.agencyId, table.year, table.revision),
    index('annual_report_publications_year_idx').on(table.year, table.agencyId),
  ],
);
