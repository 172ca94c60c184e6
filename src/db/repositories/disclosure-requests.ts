import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { queryRows } from '../query-rows.ts';
import { disclosureRequestAttachments, disclosureRequestItems, disclosureRequests } from '../schema/index.ts';

export type DisclosureRequestRow = typeof disclosureRequests.$inferSelect;
export type NewDisclosureRequestRow = typeof disclosureRequests.$inferInsert;
export type DisclosureRequestItemRow = typeof disclosureRequestItems.$inferSelect;
export type NewDisclosureRequestAttachmentRow = typeof disclosureRequestAttachments.$inferInsert;
/** Attachment metadata without the bytes (lists, the case view). */
export type AttachmentSummary = Omit<typeof disclosureRequestAttachments.$inferSelect, 'content'>;

/** The subject type of the case events in the event log. */
export const disclosureRequestSubjectType = 'disclosureRequest';

/**
 * The next case sequence of an agency's year. The upsert takes a row lock on the counter, so
 * concurrent registrations queue for it and never get the same number; a rolled-back
 * registration leaves a gap (numbers are never reused).
 */
export async function nextCaseSequence(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<number> {
  const rows = await queryRows<{ last_sequence: number }>(
    executor,
    sql`insert into disclosure_request_counters (agency_id, year, last_sequence)
        values (${options.agencyId}, ${options.year}, 1)
        on conflict (agency_id, year)
        do update set last_sequence = disclosure_request_counters.last_sequence + 1
        returning last_sequence`,
  );
  const sequence = rows[0]?.last_sequence;
  if (sequence === undefined) throw new Error('case number counter returned nothing');
  return Number(sequence);
}

export async function insertDisclosureRequest(
  executor: Executor,
  row: NewDisclosureRequestRow,
): Promise<DisclosureRequestRow> {
  const [inserted] = await executor.insert(disclosureRequests).values(row).returning();
  if (!inserted) throw new Error('disclosure request insert returned nothing');
  return inserted;
}

export async function insertRequestItems(
  executor: Executor,
  rows: Array<typeof disclosureRequestItems.$inferInsert>,
): Promise<void> {
  if (rows.length > 0) await executor.insert(disclosureRequestItems).values(rows);
}

export async function insertRequestAttachments(
  executor: Executor,
  rows: NewDisclosureRequestAttachmentRow[],
): Promise<void> {
  if (rows.length > 0) await executor.insert(disclosureRequestAttachments).values(rows);
}

/** The request row; `isLocked` takes a row lock (SELECT … FOR UPDATE) for a change. */
export async function findDisclosureRequestById(
  executor: Executor,
  options: { requestId: string; isLocked?: boolean },
): Promise<DisclosureRequestRow | undefined> {
  const query = executor
    .select()
    .from(disclosureRequests)
    .where(eq(disclosureRequests.id, options.requestId));
  const [row] = options.isLocked ? await query.for('update') : await query;
  return row;
}

export async function findDisclosureRequestByCaseNumber(
  executor: Executor,
  caseNumber: string,
): Promise<DisclosureRequestRow | undefined> {
  const [row] = await executor
    .select()
    .from(disclosureRequests)
    .where(eq(disclosureRequests.caseNumber, caseNumber));
  return row;
}

export async function findDisclosureRequestByIdempotencyKey(
  executor: Executor,
  options: { agencyId: string; idempotencyKeyHash: string },
): Promise<DisclosureRequestRow | undefined> {
  const [row] = await executor
    .select()
    .from(disclosureRequests)
    .where(
      and(
        eq(disclosureRequests.agencyId, options.agencyId),
        eq(disclosureRequests.idempotencyKeyHash, options.idempotencyKeyHash),
      ),
    );
  return row;
}

export async function updateDisclosureRequest(
  executor: Executor,
  options: { requestId: string; changes: Partial<NewDisclosureRequestRow> },
): Promise<DisclosureRequestRow> {
  const [row] = await executor
    .update(disclosureRequests)
    .set(options.changes)
    .where(eq(disclosureRequests.id, options.requestId))
    .returning();
  if (!row) throw new Error(`disclosure request ${options.requestId} not found`);
  return row;
}

export async function listRequestItems(
  executor: Executor,
  requestId: string,
): Promise<DisclosureRequestItemRow[]> {
  return executor
    .select()
    .from(disclosureRequestItems)
    .where(eq(disclosureRequestItems.requestId, requestId))
    .orderBy(asc(disclosureRequestItems.position));
}

export async function setItemOutcome(
  executor: Executor,
  options: { requestId: string; position: number; outcomeCode: string; description: string },
): Promise<void> {
  await executor
    .insert(disclosureRequestItems)
    .values({
      id: crypto.randomUUID(),
      agencyId: sql`(select agency_id from disclosure_requests where id = ${options.requestId})`,
      requestId: options.requestId,
      position: options.position,
      description: options.description,
      outcomeCode: options.outcomeCode,
    })
    .onConflictDoUpdate({
      target: [disclosureRequestItems.requestId, disclosureRequestItems.position],
      set: { outcomeCode: options.outcomeCode },
    });
}

export async function listAttachmentSummaries(
  executor: Executor,
  requestId: string,
): Promise<AttachmentSummary[]> {
  return executor
    .select({
      id: disclosureRequestAttachments.id,
      agencyId: disclosureRequestAttachments.agencyId,
      requestId: disclosureRequestAttachments.requestId,
      kind: disclosureRequestAttachments.kind,
      fileName: disclosureRequestAttachments.fileName,
      mediaType: disclosureRequestAttachments.mediaType,
      sizeBytes: disclosureRequestAttachments.sizeBytes,
      sha256: disclosureRequestAttachments.sha256,
      createdAt: disclosureRequestAttachments.createdAt,
    })
    .from(disclosureRequestAttachments)
    .where(eq(disclosureRequestAttachments.requestId, requestId))
    .orderBy(asc(disclosureRequestAttachments.createdAt));
}

/** A request row with its case event payloads in log order: the work queue's one query. */
export type RequestWithEvents = { row: DisclosureRequestRow; eventPayloads: unknown[] };

export type QueueFilter = {
  agencyIds: readonly string[];
  /** Statuses left out (the finished cases, by default of the use case). */
  excludedStatuses: readonly string[];
  statuses?: readonly string[];
  applicantType?: string;
  receivedFrom?: string;
  receivedTo?: string;
  /** Matches the case number or the title of the information wanted. */
  text?: string;
  limit: number;
};

/** The requests of a queue with their events, in one query (events aggregated per request). */
export async function listRequestsWithEvents(
  executor: Executor,
  filter: QueueFilter,
): Promise<RequestWithEvents[]> {
  if (filter.agencyIds.length === 0) return [];
  const conditions = [
    sql`r.agency_id in (${sql.join(
      filter.agencyIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  ];
  if (filter.excludedStatuses.length > 0) {
    conditions.push(
      sql`r.status not in (${sql.join(
        filter.excludedStatuses.map((status) => sql`${status}`),
        sql`, `,
      )})`,
    );
  }
  if (filter.statuses && filter.statuses.length > 0) {
    conditions.push(
      sql`r.status in (${sql.join(
        filter.statuses.map((status) => sql`${status}`),
        sql`, `,
      )})`,
    );
  }
  if (filter.applicantType) conditions.push(sql`r.applicant_type = ${filter.applicantType}`);
  if (filter.receivedFrom) conditions.push(sql`r.received_on >= ${filter.receivedFrom}`);
  if (filter.receivedTo) conditions.push(sql`r.received_on <= ${filter.receivedTo}`);
  if (filter.text) {
    const pattern = `%${filter.text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(sql`(r.case_number ilike ${pattern} or r.information_title ilike ${pattern})`);
  }
  const rows = await queryRows<{ id: string; event_payloads: unknown[] | string | null }>(
    executor,
    sql`select r.id,
          (select json_agg(e.payload order by e.id) from events e
            where e.subject_type = ${disclosureRequestSubjectType} and e.subject_id = r.id::text) as event_payloads
        from disclosure_requests r
        where ${sql.join(conditions, sql` and `)}
        order by r.reply_due_date asc nulls last, r.received_on asc
        limit ${filter.limit}`,
  );
  if (rows.length === 0) return [];
  const fullRows = await executor
    .select()
    .from(disclosureRequests)
    .where(
      sql`${disclosureRequests.id} in (${sql.join(
        rows.map((row) => sql`${row.id}`),
        sql`, `,
      )})`,
    );
  const byId = new Map(fullRows.map((row) => [row.id, row]));
  return rows.flatMap((row) => {
    const full = byId.get(row.id);
    if (!full) return [];
    const payloads =
      typeof row.event_payloads === 'string'
        ? (JSON.parse(row.event_payloads) as unknown[])
        : (row.event_payloads ?? []);
    return [{ row: full, eventPayloads: payloads }];
  });
}

/** Requests of the same identity document at the agency (Art. 35, 重复申请), newest first. */
export async function listRequestsOfIdentity(
  executor: Executor,
  options: { agencyId: string; identityDocumentNumber: string; excludeRequestId: string; limit: number },
): Promise<DisclosureRequestRow[]> {
  return executor
    .select()
    .from(disclosureRequests)
    .where(
      and(
        eq(disclosureRequests.agencyId, options.agencyId),
        eq(disclosureRequests.identityDocumentNumber, options.identityDocumentNumber),
        sql`${disclosureRequests.id} <> ${options.excludeRequestId}`,
      ),
    )
    .orderBy(sql`${disclosureRequests.receivedOn} desc`, sql`${disclosureRequests.caseNumber} desc`)
    .limit(options.limit);
}

/** What table 三 needs of an agency's requests relevant to `year`: received up to its end, not concluded before it. */
export async function listRequestRecordRows(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<
  Array<Pick<DisclosureRequestRow, 'receivedOn' | 'applicantType' | 'concludedOn' | 'primaryOutcomeCode'>>
> {
  const yearEnd = `${options.year}-12-31`;
  const previousYearEnd = `${options.year - 1}-12-31`;
  return executor
    .select({
      receivedOn: disclosureRequests.receivedOn,
      applicantType: disclosureRequests.applicantType,
      concludedOn: disclosureRequests.concludedOn,
      primaryOutcomeCode: disclosureRequests.primaryOutcomeCode,
    })
    .from(disclosureRequests)
    .where(
      and(
        eq(disclosureRequests.agencyId, options.agencyId),
        sql`${disclosureRequests.receivedOn} <= ${yearEnd}`,
        sql`(${disclosureRequests.concludedOn} is null or ${disclosureRequests.concludedOn} > ${previousYearEnd})`,
      ),
    );
}

/** One attachment with its bytes, if it belongs to the request. */
export async function findRequestAttachment(
  executor: Executor,
  options: { requestId: string; attachmentId: string },
): Promise<typeof disclosureRequestAttachments.$inferSelect | undefined> {
  const [row] = await executor
    .select()
    .from(disclosureRequestAttachments)
    .where(
      and(
        eq(disclosureRequestAttachments.id, options.attachmentId),
        eq(disclosureRequestAttachments.requestId, options.requestId),
      ),
    );
  return row;
}
