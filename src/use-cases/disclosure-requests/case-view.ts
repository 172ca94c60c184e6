import type { IdentityDocumentKind } from '../../domain/applications/applicant/identity-document.ts';
import type { ApplicantType } from '../../domain/applications/applicant/applicant-type.ts';
import type { DeadlineReport } from '../../domain/applications/deadlines/deadline-report.ts';
import type { ReceiptChannel } from '../../domain/applications/deadlines/receipt-channel.ts';
import type { LetterKind } from '../../domain/applications/letters/letter-kind.ts';
import type { CaseCommandType } from '../../domain/applications/lifecycle/case-command.ts';
import type { CaseEvent } from '../../domain/applications/lifecycle/case-event.ts';
import type { CaseState } from '../../domain/applications/lifecycle/case-state.ts';
import type { CaseStatus } from '../../domain/applications/lifecycle/case-status.ts';
import type { WorkQueuePhase } from '../../domain/applications/lifecycle/work-queue-phase.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { DeliveryPreference, RequestedForm } from './request-input.ts';

/** The applicant's personal data: only for the handling agency's case staff (`request.view`). */
export type ApplicantView = {
  name: string;
  identityDocumentKind: IdentityDocumentKind;
  identityDocumentNumber: string;
  legalRepresentative: string | null;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  postalAddress: string | null;
  postalCode: string | null;
};

export type InformationView = {
  title: string;
  documentNumber: string | null;
  description: string;
  purpose: string | null;
  requestedForm: RequestedForm;
  deliveryMethod: DeliveryPreference;
  items: Array<{ position: number; description: string; outcomeCode: string | null }>;
};

export type CaseEventView = {
  /** The domain event as stored (the case history). */
  event: CaseEvent;
  /** Who recorded it: `staff:<user id>`, `public` (the portal) or `system:<name>`. */
  actor: string;
  /** When it was recorded (ISO instant); `event.date` is the day it legally happened. */
  recordedAt: string;
};

/** A `letter.issued` event of the case, for its history: which letter and its 文号. */
export type IssuedLetterEventView = {
  kind: LetterKind;
  documentNumber: string | null;
  issuedOn: IsoDate;
  actor: string;
  recordedAt: string;
};

export type AttachmentView = {
  id: string;
  kind: string;
  kindLabel: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** What staff wrote about a file added after intake; null for the intake's files. */
  description: string | null;
  /** When it was stored (ISO instant). */
  addedAt: string;
  /** Who added it, from the event log: `staff:<id>`, `public` or `system:<name>`. */
  addedBy: string;
  /** The staff member's display name when `addedBy` is staff of the agency; null otherwise. */
  addedByName: string | null;
};

/** A case as `getCase` returns it: plain data for the pages and the API. */
export type CaseView = {
  requestId: string;
  agencyId: string;
  caseNumber: string;
  /** Send it back with a command (`expectedVersion`): a case changed since is refused. */
  version: number;
  channel: ReceiptChannel;
  isOral: boolean;
  receivedOn: IsoDate;
  status: CaseStatus;
  statusLabel: string;
  phase: WorkQueuePhase;
  phaseLabel: string;
  applicantType: ApplicantType;
  applicantTypeLabel: string;
  /** Null when the actor may not see personal data (an administrator, a supervisor). */
  applicant: ApplicantView | null;
  information: InformationView;
  /** The deadline engine's report as of today, with its explanation; null when a calendar year is missing. */
  deadlines: DeadlineReport | null;
  calendarWarning: string | null;
  /** The commands this actor may give now (for the buttons). */
  availableCommands: CaseCommandType[];
  /** What the events established (clarification, consultations, fee, decision, delivery …). */
  facts: Omit<CaseState, 'events'>;
  events: CaseEventView[];
  /** The letters issued on the case, as the event log records them (no personal data). */
  letterEvents: IssuedLetterEventView[];
  /** Null with the applicant (the files carry personal data). */
  attachments: AttachmentView[] | null;
  createdAt: string;
  updatedAt: string;
};
