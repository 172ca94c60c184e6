import type { IsoDate } from '../../calendar/iso-date.ts';
import type { Conclusion, ConsultedParty } from './disclosure-request-event.ts';
import type { ReceiptChannel } from './receipt-channel.ts';

export type ConsultationState = {
  consultationId: string;
  consultedParty: ConsultedParty;
  sentOn: IsoDate;
  /** Art. 32/34: 15 working days after the letter; the pause ends here at the latest. */
  answerDueDate: IsoDate;
  answeredOn: IsoDate | null;
};

/** What the events established so far; built by `applyDeadlineEvent`, read by `deriveReplyPlan`. */
export type DeadlineState = {
  receivedOn: IsoDate | null;
  channel: ReceiptChannel | null;
  /** The day the current reply period counts from: receipt, or the corrected application (Art. 30). */
  periodStart: IsoDate | null;
  clarification: { requestedOn: IsoDate; supplementDueDate: IsoDate; correctedOn: IsoDate | null } | null;
  consultations: ConsultationState[];
  /** 信息处理费 (国办函〔2020〕109号): the fee notice and its payment. */
  processingFee: {
    sentOn: IsoDate;
    paymentDueDate: IsoDate;
    paidOn: IsoDate | null;
    isPausing: boolean;
  } | null;
  extension: { decidedOn: IsoDate; workingDays: number; reason: string } | null;
  laterDeadline: { setOn: IsoDate; dueDate: IsoDate; reason: string } | null;
  conclusion: { date: IsoDate; conclusion: Conclusion } | null;
  explanation: string[];
  warnings: string[];
};

export function emptyDeadlineState(): DeadlineState {
  return {
    receivedOn: null,
    channel: null,
    periodStart: null,
    clarification: null,
    consultations: [],
    processingFee: null,
    extension: null,
    laterDeadline: null,
    conclusion: null,
    explanation: [],
    warnings: [],
  };
}

export function isAwaitingClarification(state: DeadlineState): boolean {
  return state.clarification !== null && state.clarification.correctedOn === null;
}

export function consultedPartyName(party: ConsultedParty): string {
  return party === 'thirdParty' ? '第三方' : '其他机关';
}

/** Art. 32 (third party) or Art. 34 (other agencies). */
export function consultationArticle(party: ConsultedParty): string {
  return party === 'thirdParty' ? '第三十二条' : '第三十四条';
}
