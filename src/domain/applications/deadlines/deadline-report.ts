import type { IsoDate } from '../../calendar/iso-date.ts';
import type { Conclusion } from './disclosure-request-event.ts';
import type { ReplyPeriodSummary } from './explain-reply-period.ts';

/** running: counting; paused: a consultation or fee pause holds it; stopped: concluded or awaiting clarification. */
export type ClockState = 'notStarted' | 'running' | 'paused' | 'stopped';

export type ObligationParty = 'agency' | 'applicant' | 'consultedParty';

export type ObligationKind =
  'reply' | 'clarificationNotice' | 'supplement' | 'consultationAnswer' | 'feePayment';

/** Something one side must do by a date, with the rule it comes from. */
export type PendingObligation = {
  kind: ObligationKind;
  party: ObligationParty;
  dueDate: IsoDate;
  /** Chinese, e.g. 作出答复. */
  description: string;
  /** Where the rule lives, e.g. 第三十三条第二款. */
  legalBasis: string;
  isOverdue: boolean;
  /** The date may still move earlier (an unanswered consultation). */
  isProvisional: boolean;
  consultationId?: string;
};

export type DeadlineReport = {
  clockState: ClockState;
  /** Chinese, why the clock is in that state. */
  clockStateReason: string;
  /** The current reply due date; null before receipt, while awaiting clarification or an unpaid fee. */
  replyDueDate: IsoDate | null;
  isReplyDueDateProvisional: boolean;
  /** Working days left to count when the due date is unknown because of an open pause. */
  remainingWorkingDays: number | null;
  /** Skipped days of the current reply period (holidays, make-up days, pauses, weekends). */
  replyPeriodSummary: ReplyPeriodSummary | null;
  obligations: PendingObligation[];
  /** Readable account in Chinese: each event and how it moved the date, then the day-by-day reasons. */
  explanation: string[];
  /** Irregularities found in the events (late notices, a second extension, …), in Chinese. */
  warnings: string[];
  conclusion: { date: IsoDate; conclusion: Conclusion; isInTime: boolean | null } | null;
};
