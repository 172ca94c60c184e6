import type { IsoDate } from '../../calendar/iso-date.ts';
import type { ApplicantType } from '../applicant/applicant-type.ts';
import type { Conclusion, ConsultedParty } from '../deadlines/disclosure-request-event.ts';
import type { ReceiptChannel } from '../deadlines/receipt-channel.ts';
import type { FeeMethod } from '../fees/processing-fee.ts';
import type { DisclosureDecision } from '../outcomes/disclosure-decision.ts';
import type { OutcomeCode } from '../outcomes/outcome-catalogue.ts';
import type { CaseEvent, DeliveryMethod } from './case-event.ts';
import type { CaseStatus } from './case-status.ts';

export type ConsultationRecord = {
  consultationId: string;
  consultedParty: ConsultedParty;
  partyName: string;
  sentOn: IsoDate;
  answer: { answeredOn: IsoDate; hasObjection: boolean; summary: string } | null;
  lapsedOn: IsoDate | null;
};

/**
 * What a case's events established: facts only, no derived dates (architecture rule 4; due dates
 * come from the deadline engine). Built by replaying the events; `events` is the log itself.
 */
export type CaseState = {
  status: CaseStatus;
  receivedOn: IsoDate;
  channel: ReceiptChannel;
  applicantType: ApplicantType;
  /** The date of the latest event: a new step may not be dated earlier. */
  lastEventOn: IsoDate;
  clarification: {
    requestedOn: IsoDate;
    supplementWorkingDays: number;
    whatToSupply: string;
    receivedOn: IsoDate | null;
  } | null;
  consultations: readonly ConsultationRecord[];
  processingFee: {
    sentOn: IsoDate;
    applicantReceivedOn: IsoDate | null;
    method: FeeMethod;
    amountYuan: number;
    paidOn: IsoDate | null;
  } | null;
  extension: { approvedOn: IsoDate; workingDays: number; reason: string } | null;
  laterDeadline: { setOn: IsoDate; dueDate: IsoDate; reason: string } | null;
  /** The decision awaiting the office head's approval. */
  proposedDecision: { proposedOn: IsoDate; decision: DisclosureDecision } | null;
  decision: { decidedOn: IsoDate; decision: DisclosureDecision } | null;
  delivery: { deliveredOn: IsoDate; method: DeliveryMethod } | null;
  /** Set when the request is concluded: the day and the outcome the annual report counts. */
  conclusion: { concludedOn: IsoDate; conclusion: Conclusion; outcomeCode: OutcomeCode } | null;
  closedOn: IsoDate | null;
  events: readonly CaseEvent[];
};

export function isConsultationOpen(consultation: ConsultationRecord): boolean {
  return consultation.answer === null && consultation.lapsedOn === null;
}

export function openConsultations(state: CaseState): ConsultationRecord[] {
  return state.consultations.filter(isConsultationOpen);
}
