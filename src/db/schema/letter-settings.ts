import { boolean, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/**
 * An agency's settings for its formal documents (文书), kept by its administrator: the 文号
 * pattern, whether the registration receipt carries a 文号, the bodies the remedy notice names and
 * how to pay a fee. An agency without a row uses the defaults (`letterAgencyOf`).
 */
export const agencyLetterSettings = pgTable('agency_letter_settings', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  documentNumberPattern: text('document_number_pattern').notNull(),
  isReceiptNumbered: boolean('is_receipt_numbered').notNull().default(false),
  reconsiderationBody: text('reconsideration_body'),
  court: text('court'),
  feePaymentInstructions: text('fee_payment_instructions').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedBy: text('updated_by').notNull(),
});

/**
 * An agency's edited text of one letter template (`LetterTemplate`, validated by
 * `validateLetterTemplate` before it is saved). A template key without a row uses the default text.
 * Letters already issued keep the text they were issued with (case_letters stores the whole letter).
 */
export const agencyLetterTemplates = pgTable(
  'agency_letter_templates',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    templateKey: text('template_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    attachments: jsonb('attachments').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (table) => [
    primaryKey({ name: 'agency_letter_templates_pkey', columns: [table.agencyId, table.templateKey] }),
  ],
);
