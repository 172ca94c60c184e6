import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { users } from './users.ts';

/**
 * A `tsvector` whose lexemes are computed in TypeScript (`searchTermsOf`: Han characters, bigrams
 * and words) and stored with `array_to_tsvector`, so Chinese search needs no extension and no
 * text-search parser: the same on PGlite and PostgreSQL.
 */
const searchVector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * 政府信息公开目录: one catalogue item of proactive disclosure (Art. 12, 19–26) from draft to
 * publication (and withdrawal). `index_number` (索引号) is assigned at publication and never
 * changes; `published_at` is the time of publishing, set by the clock (never back-dated).
 * `version` counts the item's changes and guards concurrent forms.
 */
export const publicationItems = pgTable(
  'publication_items',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    status: text('status').notNull(),
    indexNumber: text('index_number'),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    writtenOn: date('written_on', { mode: 'string' }),
    formedOrChangedOn: date('formed_or_changed_on', { mode: 'string' }).notNull(),
    publishingOrganisation: text('publishing_organisation').notNull(),
    documentNumber: text('document_number').notNull().default(''),
    topicCategory: text('topic_category').notNull().default(''),
    genre: text('genre').notNull().default(''),
    statutoryItem: text('statutory_item').notNull(),
    disclosureMethod: text('disclosure_method').notNull(),
    isNormativeDocument: boolean('is_normative_document').notNull().default(false),
    validity: text('validity').notNull().default('effective'),
    effectiveOn: date('effective_on', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    validityEndedOn: date('validity_ended_on', { mode: 'string' }),
    repealingDocument: text('repealing_document').notNull().default(''),
    keywords: jsonb('keywords').$type<string[]>().notNull(),
    contributorId: uuid('contributor_id')
      .notNull()
      .references(() => users.id),
    /** Why personal information found by the scan is published (lawfully required), when it is. */
    personalInformationJustification: text('personal_information_justification'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    publishedOn: date('published_on', { mode: 'string' }),
    publishedBy: uuid('published_by').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
    withdrawalReason: text('withdrawal_reason'),
    searchVector: searchVector('search_vector').notNull(),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    unique('publication_items_index_number_key').on(table.agencyId, table.indexNumber),
    index('publication_items_agency_status_idx').on(table.agencyId, table.status, table.updatedAt),
    index('publication_items_published_idx').on(table.agencyId, table.publishedAt),
    index('publication_items_search_idx').using('gin', table.searchVector),
  ],
);

/**
 * 审核记录: every sign-off of an item (Art. 17 保密审查, 三审) — who, which level, when, the
 * decision and the opinion. Append-only (trigger), like the events.
 */
export const publicationSignOffs = pgTable(
  'publication_sign_offs',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => publicationItems.id),
    /** The item's version the sign-off was given on: orders an item's sign-offs. */
    itemVersion: integer('item_version').notNull(),
    level: integer('level').notNull(),
    decision: text('decision').notNull(),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id),
    opinion: text('opinion').notNull(),
    isConfidentialityCleared: boolean('is_confidentiality_cleared').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [unique('publication_sign_offs_item_version_key').on(table.itemId, table.itemVersion)],
);

/** The last 索引号 sequence number used per agency and year (incremented atomically). */
export const publicationIndexSequences = pgTable(
  'publication_index_sequences',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (table) => [
    primaryKey({ name: 'publication_index_sequences_pkey', columns: [table.agencyId, table.year] }),
  ],
);

/**
 * The agency's catalogue settings: the 索引号 pattern (`{code}/{yyyy}-{nnnnn}` by default) and the
 * organisation code put in it (null: the agency's 统一社会信用代码).
 */
export const agencyPublicationSettings = pgTable('agency_publication_settings', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  indexNumberPattern: text('index_number_pattern').notNull(),
  organisationCode: text('organisation_code'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedBy: text('updated_by').notNull(),
});
