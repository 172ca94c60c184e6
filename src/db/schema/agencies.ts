import { type AnyPgColumn, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** 行政机关: the root of every agency-owned record. */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    unifiedSocialCreditCode: text('unified_social_credit_code').unique(),
    level: text('level').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
    region: text('region').notNull().default(''),
    officeName: text('office_name').notNull().default(''),
    officeAddress: text('office_address').notNull().default(''),
    officeHours: text('office_hours').notNull().default(''),
    officeTelephone: text('office_telephone').notNull().default(''),
    officeFax: text('office_fax').notNull().default(''),
    officeEmail: text('office_email').notNull().default(''),
    officePostcode: text('office_postcode').notNull().default(''),
    website: text('website').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('agencies_parent_idx').on(table.parentId)],
);
