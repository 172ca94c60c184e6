import { date, index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { requestOwnedColumns } from './request-owned-columns.ts';

/**
 * The formal documents (文书) issued on a disclosure request, kept on the case as issued: the
 * `Letter` model (validated by `letterSchema`) is stored whole, so a letter renders the same later
 * whatever happens to the templates. `document_sequence` is the 文号's number in the agency's
 * year (max + 1, assigned with the case row locked).
 */
export const caseLetters = pgTable(
  'case_letters',
  {
    ...requestOwnedColumns(),
    kind: text('kind').notNull(),
    templateKey: text('template_key').notNull(),
    documentYear: integer('document_year').notNull(),
    documentSequence: integer('document_sequence').notNull(),
    documentNumber: text('document_number'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    letter: jsonb('letter').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }).notNull(),
    issuedBy: text('issued_by').notNull(),
  },
  (table) => [
    unique('case_letters_sequence_key').on(table.agencyId, table.documentYear, table.documentSequence),
    index('case_letters_request_idx').on(table.requestId, table.issuedAt),
  ],
);
