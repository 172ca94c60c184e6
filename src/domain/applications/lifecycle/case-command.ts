import type { IsoDate } from '../../calendar/iso-date.ts';
import type { ApplicantType } from '../applicant/applicant-type.ts';
import type { ConsultedParty } from '../deadlines/disclosure-request-event.ts';
import type { ReceiptChannel } from '../deadlines/receipt-channel.ts';
import type { FeeMethod } from '../fees/processing-fee.ts';
import type { DisclosureDecision } from '../outcomes/disclosure-decision.ts';
import type { DeliveryMethod } from './case-event.ts';

/** What a person asks the case to do; `applyTransition` accepts it (with events) or rejects it. */
export type CaseCommand =
  | { type: 'register'; receivedOn: IsoDate; channel: ReceiptChannel; applicantType: ApplicantType }
  | { type: 'correctApplicantType'; date: IsoDate; applicantType: ApplicantType; reason: string }
  /** `supplementWorkingDays` overrides the agency's setting (default 15). */
  | { type: 'requestClarification'; date: IsoDate; whatToSupply: string; supplementWorkingDays?: number }
  | { type: 'receiveClarification'; date: IsoDate }
  | { type: 'deemAbandonedForClarification'; date: IsoDate }
  | {
      type: 'sendConsultation';
      date: IsoDate;
      consultationId: string;
      consultedParty: ConsultedParty;
      partyName: string;
    }
  | {
      type: 'recordConsultationAnswer';
      date: IsoDate;
      consultationId: string;
      hasObjection: boolean;
      summary: string;
    }
  | { type: 'recordConsultationLapse'; date: IsoDate; consultationId: string }
  | { type: 'sendFeeNotice'; date: IsoDate; method: FeeMethod; applicantReceivedOn?: IsoDate }
  | { type: 'recordFeePayment'; date: IsoDate }
  | { type: 'deemAbandonedForFee'; date: IsoDate }
  | { type: 'approveExtension'; date: IsoDate; workingDays: number; reason: string }
  | { type: 'setLaterDeadline'; date: IsoDate; dueDate: IsoDate; reason: string }
  | { type: 'proposeDecision'; date: IsoDate; decision: DisclosureDecision }
  | { type: 'returnDecision'; date: IsoDate; reason: string }
  | { type: 'approveDecision'; date: IsoDate }
  | { type: 'recordDelivery'; date: IsoDate; method: DeliveryMethod }
  | { type: 'close'; date: IsoDate }
  | { type: 'withdraw'; date: IsoDate; reason: string };

export type CaseCommandType = CaseCommand['type'];

/** The day a command happens: `receivedOn` for registration, else `date`. */
export function commandDate(command: CaseCommand): IsoDate {
  return command.type === 'register' ? command.receivedOn : command.date;
}
