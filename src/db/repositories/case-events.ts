import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { caseLetters, disclosureRequestAttachments, events } from '../schema/index.ts';
import { appendEvent } from './event-log.ts';
import { disclosureRequestSubjectType } from './disclosure-requests.ts';

/** A stored case event: the domain payload with who recorded it and when. */
export type StoredCaseEvent = { payload: unknown; actor: string; occurredAt: string; sequence: number };

/** The event columns a stored case event is read from. */
const storedCaseEventColumns = {
  payload: events.payload,
  actor: events.actor,
  occurredAt: events.occurredAt,
  sequence: events.sequence,
};

/** A read event row with its time as an ISO string. */
function withIsoOccurredAt<Row extends { occurredAt: string | Date }>(
  row: Row,
): Omit<Row, 'occurredAt'> & { occurredAt: string } {
  return { ...row, occurredAt: new Date(row.occurredAt).toISOString() };
}

/** The case events of a request in log order (the payloads are the domain's `CaseEvent`s). */
export async function listCaseEvents(executor: Executor, requestId: string): Promise<StoredCaseEvent[]> {
  const rows = await executor
    .select(storedCaseEventColumns)
    .from(events)
    .where(
      sql`${events.subjectType} = ${disclosureRequestSubjectType} and ${events.subjectId} = ${requestId}`,
    )
    .orderBy(asc(events.id));
  return rows.map(withIsoOccurredAt);
}

/**
 * Appends a request's case events to the agency's chain, in order, inside the caller's transaction
 * (architecture rule 6). The payload is the domain event itself, so the log replays into the case;
 * it never holds the applicant's personal data.
 */
export async function appendCaseEvents(
  executor: Executor,
  options: {
    agencyId: string;
    requestId: string;
    actor: string;
    events: ReadonlyArray<{ type: string }>;
    occurredAt: Date;
  },
): Promise<void> {
  for (const event of options.events) {
    await appendEvent(executor, {
      agencyId: options.agencyId,
      actor: options.actor,
      kind: `${disclosureRequestSubjectType}.${event.type}`,
      subjectType: disclosureRequestSubjectType,
      subjectId: options.requestId,
      payload: { ...event },
      occurredAt: options.occurredAt,
    });
  }
}

/**
 * The `letter.issued` events of a request's letters in log order (the letters are the events'
 * subjects; the case history shows them beside the case events).
 */
export async function listLetterEventsOfRequest(
  executor: Executor,
  requestId: string,
): Promise<StoredCaseEvent[]> {
  const rows = await executor
    .select(storedCaseEventColumns)
    .from(events)
    .innerJoin(
      caseLetters,
      sql`${events.subjectType} = 'caseLetter' and ${events.subjectId} = ${caseLetters.id}::text`,
    )
    .where(sql`${caseLetters.requestId} = ${requestId} and ${events.kind} = 'letter.issued'`)
    .orderBy(asc(events.id));
  return rows.map(withIsoOccurredAt);
}

/** The subject type of the events of attachments added to a case after intake. */
export const requestAttachmentSubjectType = 'requestAttachment';

/** The `attachment.added` events of a request's attachments in log order (who added which file, and why). */
export async function listAttachmentEventsOfRequest(
  executor: Executor,
  requestId: string,
): Promise<Array<StoredCaseEvent & { attachmentId: string }>> {
  const rows = await executor
    .select({ ...storedCaseEventColumns, attachmentId: events.subjectId })
    .from(events)
    .innerJoin(
      disclosureRequestAttachments,
      sql`${events.subjectType} = ${requestAttachmentSubjectType} and ${events.subjectId} = ${disclosureRequestAttachments.id}::text`,
    )
    .where(
      sql`${disclosureRequestAttachments.requestId} = ${requestId} and ${events.kind} = 'attachment.added'`,
    )
    .orderBy(asc(events.id));
  return rows.map(withIsoOccurredAt);
}
