import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { requestOwnedColumns } from './request-owned-columns.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * 依申请公开 requests (Art. 27–45). The row holds what the applicant submitted and a cache of what
 * the case's events established (status, dates, outcome) for lists and statistics; the events in
 * the `events` table (subject type `disclosureRequest`) are the case history and the truth:
 * `replayCase` of them gives `status`. `version` counts the case events, for optimistic concurrency.
 * Personal data (name, identity document, contact) is shown only to the handling agency's case
 * staff (policy action `request.view`) and never written to the event log or the logs.
 */
export const disclosureRequests = pgTable(
  'disclosure_requests',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** `{agency}-{yyyy}-{nnnnn}`, from `disclosure_request_counters`. */
    caseNumber: text('case_number').notNull().unique(),
    caseYear: integer('case_year').notNull(),
    caseSequence: integer('case_sequence').notNull(),
    /** scrypt hash of the query code; the code itself is shown once to the applicant. */
    queryCodeHash: text('query_code_hash').notNull(),
    /** SHA-256 of the submitting form's idempotency key: a double submission finds the first case. */
    idempotencyKeyHash: text('idempotency_key_hash'),
    channel: text('channel').notNull(),
    /** Oral applications are written down by staff (Art. 29 para 1). */
    isOral: boolean('is_oral').notNull().default(false),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    applicantType: text('applicant_type').notNull(),
    applicantName: text('applicant_name').notNull(),
    identityDocumentKind: text('identity_document_kind').notNull(),
    identityDocumentNumber: text('identity_document_number').notNull(),
    legalRepresentative: text('legal_representative'),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    email: text('email'),
    postalAddress: text('postal_address'),
    postalCode: text('postal_code'),
    informationTitle: text('information_title').notNull(),
    informationDocumentNumber: text('information_document_number'),
    informationDescription: text('information_description').notNull(),
    purpose: text('purpose'),
    requestedForm: text('requested_form').notNull(),
    deliveryMethod: text('delivery_method').notNull(),
    status: text('status').notNull(),
    /** Cache of the deadline engine's reply due date, recomputed only on clock-moving events (rule 4). */
    replyDueDate: date('reply_due_date', { mode: 'string' }),
    concludedOn: date('concluded_on', { mode: 'string' }),
    primaryOutcomeCode: text('primary_outcome_code'),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    unique('disclosure_requests_sequence_key').on(table.agencyId, table.caseYear, table.caseSequence),
    unique('disclosure_requests_idempotency_key').on(table.agencyId, table.idempotencyKeyHash),
    index('disclosure_requests_queue_idx').on(table.agencyId, table.status, table.replyDueDate),
    index('disclosure_requests_identity_idx').on(
      table.agencyId,
      table.identityDocumentNumber,
      table.receivedOn,
    ),
    index('disclosure_requests_received_idx').on(table.agencyId, table.receivedOn),
  ],
);

/** The last case sequence given per agency and year; an upsert on it hands out the next number. */
export const disclosureRequestCounters = pgTable(
  'disclosure_request_counters',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (table) => [primaryKey({ columns: [table.agencyId, table.year] })],
);

/** The items of a multi-item request, with each item's result once the decision is approved. */
export const disclosureRequestItems = pgTable(
  'disclosure_request_items',
  {
    ...requestOwnedColumns(),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    outcomeCode: text('outcome_code'),
  },
  (table) => [unique('disclosure_request_items_position_key').on(table.requestId, table.position)],
);

/**
 * Files of a request: the applicant's uploads and staff scans of paper applications. Stored as
 * bytea in the database (decision 0005): one backup, one transaction, both engines.
 */
export const disclosureRequestAttachments = pgTable(
  'disclosure_request_attachments',
  {
    ...requestOwnedColumns(),
    /** `applicantUpload` or `paperScan`. */
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('disclosure_request_attachments_request_idx').on(table.requestId)],
);
