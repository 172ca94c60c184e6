import type { IsoDate } from '../../calendar/iso-date.ts';
import type { ReceiptChannel } from './receipt-channel.ts';

export type ConsultedParty = 'thirdParty' | 'otherAgency';

export type Conclusion = 'decided' | 'withdrawn' | 'deemedAbandoned';

/**
 * The stored events of a disclosure request that move its deadlines. `date` is the calendar day
 * the event legally happened (Asia/Shanghai); the case lifecycle stores them and replays them here.
 */
export type DisclosureRequestEvent =
  /** Art. 31: `date` is the receipt date the channel's rule gives (signed for, confirmed, …). */
  | { type: 'received'; date: IsoDate; channel: ReceiptChannel }
  /** Art. 30: the clarification notice was sent; `supplementWorkingDays` overrides the setting. */
  | { type: 'clarificationRequested'; date: IsoDate; supplementWorkingDays?: number }
  /** Art. 30: the corrected application was received; the reply period restarts. */
  | { type: 'clarificationReceived'; date: IsoDate }
  /** Art. 32 (third party) / Art. 34 (other agency): a consultation letter was sent. */
  | { type: 'consultationSent'; date: IsoDate; consultationId: string; consultedParty: ConsultedParty }
  | { type: 'consultationAnswered'; date: IsoDate; consultationId: string }
  /** 国办函〔2020〕109号: the fee notice was sent; `applicantReceivedOn` when delivery is known. */
  | { type: 'feeNoticeSent'; date: IsoDate; applicantReceivedOn?: IsoDate }
  | { type: 'feePaid'; date: IsoDate }
  /** Art. 33 para 2: the office head approved one extension of at most 20 working days. */
  | { type: 'extended'; date: IsoDate; workingDays: number; reason: string }
  /** Art. 35: the agency fixed a later reply deadline for an excessive application. */
  | { type: 'laterDeadlineSet'; date: IsoDate; dueDate: IsoDate; reason: string }
  /** The request left the reply clock: decision delivered, withdrawn, or deemed abandoned. */
  | { type: 'concluded'; date: IsoDate; conclusion: Conclusion };
