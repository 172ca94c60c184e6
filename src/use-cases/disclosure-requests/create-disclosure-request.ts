import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { validateApplicantDetails } from '../../domain/applications/applicant/applicant-details.ts';
import { formatCaseNumber } from '../../domain/applications/case-number.ts';
import type { ReceiptChannel } from '../../domain/applications/deadlines/receipt-channel.ts';
import { applyTransition } from '../../domain/applications/lifecycle/apply-transition.ts';
import { isoDateInShanghai, yearOf, type IsoDate } from '../../domain/calendar/iso-date.ts';
import type { AgencyRow } from '../../db/repositories/agencies.ts';
import { appendCaseEvents } from '../../db/repositories/case-events.ts';
import {
  findDisclosureRequestByIdempotencyKey,
  insertDisclosureRequest,
  insertRequestAttachments,
  insertRequestItems,
  nextCaseSequence,
} from '../../db/repositories/disclosure-requests.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { checkAttachments } from './attachment-rules.ts';
import { cachedColumnsOf, replyDueDateOf } from './case-cache.ts';
import { lifecycleRolesOf } from './case-roles.ts';
import { hashIdempotencyKey, hashQueryCode, queryCodeFor } from './query-code-hash.ts';
import type { ValidApplicantInput, ValidAttachmentInput, ValidInformationInput } from './request-input.ts';

/** What the applicant (or the registering officer) gets back: the query code is shown this once. */
export type SubmittedRequest = {
  requestId: string;
  caseNumber: string;
  queryCode: string;
  receivedOn: IsoDate;
  /** True when the same form had been submitted before: the first submission's case is returned. */
  isDuplicate: boolean;
};

export type NewRequestFacts = {
  agency: AgencyRow;
  actor: Actor;
  channel: ReceiptChannel;
  isOral: boolean;
  receivedOn: IsoDate;
  applicant: ValidApplicantInput;
  information: ValidInformationInput;
  attachments: readonly ValidAttachmentInput[];
  attachmentKind: 'applicantUpload' | 'paperScan';
  idempotencyKey: string | undefined;
};

/** Art. 29 checks of the applicant block: every problem at once, per field, in Chinese. */
function checkApplicant(options: { applicant: ValidApplicantInput; today: IsoDate }) {
  const { applicant } = options;
  const validation = validateApplicantDetails({
    applicant: {
      applicantType: applicant.applicantType,
      name: applicant.name,
      identityDocument: { kind: applicant.identityDocumentKind, number: applicant.identityDocumentNumber },
      legalRepresentative: applicant.legalRepresentative,
      contactPerson: applicant.contactPerson,
      phone: applicant.phone,
      email: applicant.email,
      postalAddress: applicant.postalAddress,
      postalCode: applicant.postalCode,
    },
    today: options.today,
  });
  if (validation.isValid) return validation.applicant;
  const fieldErrors: Record<string, string> = {};
  for (const problem of validation.problems) {
    const field = problem.field === 'identityDocument' ? 'identityDocumentNumber' : problem.field;
    fieldErrors[`applicant.${field}`] ??= problem.message;
  }
  throw new ValidationError(validation.problems.map((problem) => problem.message).join('；'), fieldErrors);
}

/**
 * Registers a new request (Art. 29–31) in one transaction: the case number from the counter, the
 * `registered` event through `applyTransition`, the row, items and attachments. A second
 * submission with the same idempotency key returns the first case; two racing ones are settled
 * by the unique key (the loser's transaction rolls back and it reads the winner's case).
 */
export async function createDisclosureRequest(
  context: UseCaseContext,
  facts: NewRequestFacts,
): Promise<SubmittedRequest> {
  const now = context.now();
  const today = isoDateInShanghai(now);
  const applicant = checkApplicant({ applicant: facts.applicant, today });
  const attachments = checkAttachments(facts.attachments);
  const idempotencyKeyHash =
    facts.idempotencyKey === undefined ? null : hashIdempotencyKey(facts.idempotencyKey);
  const queryCode = queryCodeFor({ idempotencyKey: facts.idempotencyKey });
  const queryCodeHash = await hashQueryCode(queryCode);

  const findDuplicate = async (): Promise<SubmittedRequest | null> => {
    if (idempotencyKeyHash === null) return null;
    const existing = await findDisclosureRequestByIdempotencyKey(context.db, {
      agencyId: facts.agency.id,
      idempotencyKeyHash,
    });
    if (!existing) return null;
    return {
      requestId: existing.id,
      caseNumber: existing.caseNumber,
      queryCode,
      receivedOn: existing.receivedOn as IsoDate,
      isDuplicate: true,
    };
  };
  const duplicate = await findDuplicate();
  if (duplicate) return duplicate;

  const calendar = await loadWorkingCalendar(context.db);
  const transition = applyTransition({
    state: null,
    command: {
      type: 'register',
      receivedOn: facts.receivedOn,
      channel: facts.channel,
      applicantType: applicant.applicantType,
    },
    roles: lifecycleRolesOf(facts.actor),
    now: today,
    calendar,
  });
  if (!transition.isAccepted) {
    throw new ValidationError(transition.message, { receivedOn: transition.message });
  }
  try {
    return await context.db.transaction(async (transaction) => {
      const year = yearOf(facts.receivedOn);
      const sequence = await nextCaseSequence(transaction, { agencyId: facts.agency.id, year });
      const caseNumber = formatCaseNumber({ agencySlug: facts.agency.slug, year, sequence });
      const requestId = randomUUID();
      const { information } = facts;
      await insertDisclosureRequest(transaction, {
        id: requestId,
        agencyId: facts.agency.id,
        caseNumber,
        caseYear: year,
        caseSequence: sequence,
        queryCodeHash,
        idempotencyKeyHash,
        channel: facts.channel,
        isOral: facts.isOral,
        receivedOn: facts.receivedOn,
        applicantName: applicant.name,
        identityDocumentKind: applicant.identityDocument.kind,
        identityDocumentNumber: applicant.identityDocument.number,
        legalRepresentative: applicant.legalRepresentative,
        contactPerson: applicant.contactPerson,
        phone: applicant.phone,
        email: applicant.email,
        postalAddress: applicant.postalAddress,
        postalCode: applicant.postalCode,
        informationTitle: information.informationTitle,
        informationDocumentNumber: information.informationDocumentNumber,
        informationDescription: information.informationDescription,
        purpose: information.purpose,
        requestedForm: information.requestedForm,
        deliveryMethod: information.deliveryMethod,
        ...cachedColumnsOf(transition.state),
        status: transition.state.status,
        applicantType: transition.state.applicantType,
        version: transition.state.events.length,
        replyDueDate: replyDueDateOf({ state: transition.state, calendar, now: today }),
        createdAt: now,
        updatedAt: now,
      });
      await insertRequestItems(
        transaction,
        [information.informationTitle, ...information.items].map((description, position) => ({
          id: randomUUID(),
          agencyId: facts.agency.id,
          requestId,
          position,
          description,
          outcomeCode: null,
        })),
      );
      await insertRequestAttachments(
        transaction,
        attachments.map((attachment) => ({
          ...attachment,
          id: randomUUID(),
          agencyId: facts.agency.id,
          requestId,
          kind: facts.attachmentKind,
          createdAt: now,
        })),
      );
      await appendCaseEvents(transaction, {
        agencyId: facts.agency.id,
        requestId,
        actor: describeActor(facts.actor),
        events: transition.events,
        occurredAt: now,
      });
      return { requestId, caseNumber, queryCode, receivedOn: facts.receivedOn, isDuplicate: false };
    });
  } catch (error) {
    const raced = await findDuplicate();
    if (raced) return raced;
    throw error;
  }
}
