import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { publicationItems } from './publications.ts';
import { users } from './users.ts';

/**
 * 公开征求意见: a draft (e.g. of a normative document) put to the public for comment during a
 * period (`opens_on` … `closes_on`, both included). `publication_item_id` links the catalogue item
 * the consultation concerns, when there is one. `version` counts changes and guards stale forms.
 */
export const publicConsultations = pgTable(
  'public_consultations',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    status: text('status').notNull(),
    title: text('title').notNull(),
    /** 起草说明: why and what, shown above the draft. */
    explanation: text('explanation').notNull(),
    draftText: text('draft_text').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** Why the period is shorter than the usual 30 days; empty when it is not. */
    shortPeriodReason: text('short_period_reason').notNull().default(''),
    publicationItemId: uuid('publication_item_id').references(() => publicationItems.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
    withdrawalReason: text('withdrawal_reason'),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    index('public_consultations_agency_status_idx').on(table.agencyId, table.status, table.opensOn),
  ],
);

/**
 * A comment of the public. `contact` is personal data: only the staff handling the consultation
 * see it, masked in lists and never in events. `idempotency_key` (from the form) makes a double
 * submission of the same form one comment.
 */
export const publicConsultationComments = pgTable(
  'public_consultation_comments',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => publicConsultations.id),
    body: text('body').notNull(),
    paragraphReference: text('paragraph_reference').notNull(),
    contact: text('contact').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    moderationStatus: text('moderation_status').notNull(),
    rejectionReason: text('rejection_reason'),
    moderatedBy: uuid('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true, mode: 'date' }),
    adoption: text('adoption'),
    adoptionReason: text('adoption_reason').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    unique('public_consultation_comments_idempotency_key').on(table.consultationId, table.idempotencyKey),
    index('public_consultation_comments_consultation_idx').on(
      table.consultationId,
      table.moderationStatus,
      table.submittedAt,
    ),
  ],
);

/** 意见采纳情况反馈, published once after the period: the summary and the totals at publication. */
export const publicConsultationFeedback = pgTable('public_consultation_feedback', {
  consultationId: uuid('consultation_id')
    .primaryKey()
    .references(() => publicConsultations.id),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  summary: text('summary').notNull(),
  totals: jsonb('totals').notNull(),
  publishedBy: uuid('published_by')
    .notNull()
    .references(() => users.id),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
});
