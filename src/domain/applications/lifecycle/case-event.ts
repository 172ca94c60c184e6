import type { IsoDate } from '../../calendar/iso-date.ts';
import type { ApplicantType } from '../applicant/applicant-type.ts';
import type { ConsultedParty } from '../deadlines/disclosure-request-event.ts';
import type { ReceiptChannel } from '../deadlines/receipt-channel.ts';
import type { FeeMethod } from '../fees/processing-fee.ts';
import type { DisclosureDecision } from '../outcomes/disclosure-decision.ts';

/** How a decision letter reached the applicant; the delivery date follows rules.md §2 (Delivery). */
export type DeliveryMethod = 'handDelivery' | 'post' | 'electronic';

export const deliveryMethodLabels: Record<DeliveryMethod, string> = {
  handDelivery: '直接送达（以申请人签收之日为送达日）',
  post: '邮寄送达（以交邮之日为送达日）',
  electronic: '电子送达（以发送至申请人指定地址之日为送达日）',
};

/** Why a request was deemed abandoned: report rows （六）1 and （六）2. */
export type AbandonmentCause = 'clarificationNotSupplied' | 'feeNotPaid';

/**
 * The event log of a case (Art. 45 records): plain, serialisable, append-only. `date` is the day
 * the step legally happened (Asia/Shanghai). The actor and the time of recording are added by the
 * use case that stores the event. `toDeadlineEvents` maps the log onto the deadline engine.
 */
export type CaseEvent =
  /** Art. 31: `date` is the receipt date of the channel's rule. */
  | { type: 'registered'; date: IsoDate; channel: ReceiptChannel; applicantType: ApplicantType }
  /** rules.md §2: staff may correct the applicant type (it moves the report column). */
  | { type: 'applicantTypeCorrected'; date: IsoDate; applicantType: ApplicantType; reason: string }
  /** Art. 30: one notice; `supplementWorkingDays` is the period it gave. */
  | { type: 'clarificationRequested'; date: IsoDate; supplementWorkingDays: number; whatToSupply: string }
  | { type: 'clarificationReceived'; date: IsoDate }
  /** Art. 32 (third party) / Art. 34 (other agency). */
  | {
      type: 'consultationSent';
      date: IsoDate;
      consultationId: string;
      consultedParty: ConsultedParty;
      partyName: string;
    }
  | {
      type: 'consultationAnswered';
      date: IsoDate;
      consultationId: string;
      hasObjection: boolean;
      summary: string;
    }
  /** The 15 working days passed without an answer: the agency decides (Art. 32, 34). */
  | { type: 'consultationLapsed'; date: IsoDate; consultationId: string }
  /** Art. 42, 国办函〔2020〕109号. */
  | {
      type: 'feeNoticeSent';
      date: IsoDate;
      applicantReceivedOn: IsoDate | null;
      method: FeeMethod;
      amountYuan: number;
    }
  | { type: 'feePaid'; date: IsoDate }
  /** Art. 33 para 2: approved by the office head. */
  | { type: 'extended'; date: IsoDate; workingDays: number; reason: string }
  /** Art. 35. */
  | { type: 'laterDeadlineSet'; date: IsoDate; dueDate: IsoDate; reason: string }
  | { type: 'decisionProposed'; date: IsoDate; decision: DisclosureDecision }
  | { type: 'decisionReturned'; date: IsoDate; reason: string }
  /** The office head approved the proposed decision: the request is concluded (decided) this day. */
  | { type: 'decisionApproved'; date: IsoDate }
  | { type: 'delivered'; date: IsoDate; method: DeliveryMethod }
  | { type: 'closed'; date: IsoDate }
  | { type: 'withdrawn'; date: IsoDate; reason: string }
  | { type: 'deemedAbandoned'; date: IsoDate; cause: AbandonmentCause };

export type CaseEventType = CaseEvent['type'];
