import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { assertMay, may } from '../../domain/access/policy.ts';
import {
  applicantTypeLabel,
  type ApplicantType,
} from '../../domain/applications/applicant/applicant-type.ts';
import type { IdentityDocumentKind } from '../../domain/applications/applicant/identity-document.ts';
import type { ReceiptChannel } from '../../domain/applications/deadlines/receipt-channel.ts';
import { availableCommands } from '../../domain/applications/lifecycle/available-commands.ts';
import { caseStatusLabel } from '../../domain/applications/lifecycle/case-status.ts';
import { assessCase, workQueuePhaseLabels } from '../../domain/applications/lifecycle/work-queue-phase.ts';
import { letterKindLabels, type LetterKind } from '../../domain/applications/letters/letter-kind.ts';
import { isIsoDate, isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import {
  listAttachmentEventsOfRequest,
  listLetterEventsOfRequest,
  type StoredCaseEvent,
} from '../../db/repositories/case-events.ts';
import { listUsersOfAgency } from '../../db/repositories/users.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  findDisclosureRequestById,
  listAttachmentSummaries,
  listRequestItems,
  type AttachmentSummary,
} from '../../db/repositories/disclosure-requests.ts';
import { parseInput } from '../agencies/agency-input.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { lifecycleRolesOf } from './case-roles.ts';
import { attachmentKindLabel } from './attachment-kinds.ts';
import type { AttachmentView, CaseView, IssuedLetterEventView } from './case-view.ts';
import { loadCaseState } from './load-case.ts';
import type { DeliveryPreference, RequestedForm } from './request-input.ts';

export type { CaseView } from './case-view.ts';

const inputSchema = z.object({ requestId: z.uuid({ error: '申请编号无效' }) });

const letterKinds = Object.keys(letterKindLabels) as [LetterKind, ...LetterKind[]];
const letterIssuedPayload = z.object({
  kind: z.enum(letterKinds),
  documentNumber: z.string().nullable(),
  issuedOn: z.string().refine((text): text is IsoDate => isIsoDate(text)),
});

/** The case's `letter.issued` events; a payload that does not parse is a corrupt log. */
function letterEventsOf(stored: readonly StoredCaseEvent[]): IssuedLetterEventView[] {
  return stored.map((event) => {
    const parsed = letterIssuedPayload.safeParse(event.payload);
    if (!parsed.success)
      throw new Error(`letter event ${event.sequence} unreadable: ${parsed.error.message}`);
    return { ...parsed.data, actor: event.actor, recordedAt: event.occurredAt };
  });
}

const attachmentAddedPayload = z.object({ description: z.string() });

/**
 * The case's files with who added them and when (the table has no such column: the intake's
 * files come with the registration, later ones with their `attachment.added` event).
 */
async function attachmentViewsOf(
  context: UseCaseContext,
  options: {
    agencyId: string;
    requestId: string;
    attachments: readonly AttachmentSummary[];
    registeredBy: string;
  },
): Promise<AttachmentView[]> {
  if (options.attachments.length === 0) return [];
  const [addedEvents, staff] = await Promise.all([
    listAttachmentEventsOfRequest(context.db, options.requestId),
    listUsersOfAgency(context.db, options.agencyId),
  ]);
  const eventByAttachment = new Map(addedEvents.map((event) => [event.attachmentId, event]));
  const staffNames = new Map(staff.map((user) => [`staff:${user.id}`, user.displayName]));
  return options.attachments.map((attachment) => {
    const event = eventByAttachment.get(attachment.id);
    const parsed = event ? attachmentAddedPayload.safeParse(event.payload) : null;
    const addedBy = event?.actor ?? options.registeredBy;
    return {
      id: attachment.id,
      kind: attachment.kind,
      kindLabel: attachmentKindLabel(attachment.kind),
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      sizeBytes: attachment.sizeBytes,
      sha256: attachment.sha256,
      description: parsed?.success ? parsed.data.description : null,
      addedAt: attachment.createdAt.toISOString(),
      addedBy,
      addedByName: staffNames.get(addedBy) ?? null,
    };
  });
}

/**
 * A case with its deadlines (and their explanation) from the engine as of today, the commands the
 * actor may give, and its events. Needs `request.viewSummary`; the applicant's personal data and
 * the files only with `request.view` (the handling agency's case staff; never a supervisor).
 */
export async function getCase(
  context: UseCaseContext,
  actor: Actor,
  input: { requestId: string },
): Promise<CaseView> {
  const { requestId } = parseInput(inputSchema, input);
  const row = await findDisclosureRequestById(context.db, { requestId });
  if (!row) throw new NotFoundError('申请不存在');
  const target = await agencyTarget(context.db, row.agencyId);
  assertMay(actor, 'request.viewSummary', target);
  const canSeePersonalData = may(actor, 'request.view', target).isAllowed;
  const canHandle = may(actor, 'request.handle', target).isAllowed;
  const [{ state, storedEvents }, items, attachments, calendar, letterEvents] = await Promise.all([
    loadCaseState(context.db, row.id),
    listRequestItems(context.db, row.id),
    canSeePersonalData ? listAttachmentSummaries(context.db, row.id) : Promise.resolve(null),
    loadWorkingCalendar(context.db),
    listLetterEventsOfRequest(context.db, row.id),
  ]);
  const assessment = assessCase({ state, calendar, now: isoDateInShanghai(context.now()) });
  const { events, ...facts } = state;
  return {
    requestId: row.id,
    agencyId: row.agencyId,
    caseNumber: row.caseNumber,
    version: row.version,
    channel: row.channel as ReceiptChannel,
    isOral: row.isOral,
    receivedOn: row.receivedOn as IsoDate,
    status: state.status,
    statusLabel: caseStatusLabel(state.status),
    phase: assessment.phase,
    phaseLabel: workQueuePhaseLabels[assessment.phase],
    applicantType: state.applicantType,
    applicantTypeLabel: applicantTypeLabel(state.applicantType as ApplicantType),
    applicant: canSeePersonalData
      ? {
          name: row.applicantName,
          identityDocumentKind: row.identityDocumentKind as IdentityDocumentKind,
          identityDocumentNumber: row.identityDocumentNumber,
          legalRepresentative: row.legalRepresentative,
          contactPerson: row.contactPerson,
          phone: row.phone,
          email: row.email,
          postalAddress: row.postalAddress,
          postalCode: row.postalCode,
        }
      : null,
    information: {
      title: row.informationTitle,
      documentNumber: row.informationDocumentNumber,
      description: row.informationDescription,
      purpose: canSeePersonalData ? row.purpose : null,
      requestedForm: row.requestedForm as RequestedForm,
      deliveryMethod: row.deliveryMethod as DeliveryPreference,
      items: items.map((item) => ({
        position: item.position,
        description: item.description,
        outcomeCode: item.outcomeCode,
      })),
    },
    deadlines: assessment.deadlines,
    calendarWarning: assessment.calendarWarning,
    availableCommands: canHandle ? availableCommands({ state, roles: lifecycleRolesOf(actor) }) : [],
    facts,
    events: events.map((event, index) => ({
      event,
      actor: storedEvents[index]?.actor ?? '',
      recordedAt: storedEvents[index]?.occurredAt ?? '',
    })),
    letterEvents: letterEventsOf(letterEvents),
    attachments:
      attachments === null
        ? null
        : await attachmentViewsOf(context, {
            agencyId: row.agencyId,
            requestId: row.id,
            attachments,
            registeredBy: storedEvents[0]?.actor ?? '',
          }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
