import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { isAcceptingComments } from '../../domain/consultations/apply-consultation-command.ts';
import { maskContact } from '../../domain/consultations/consultation-comment.ts';
import {
  daysLeft,
  periodDays,
  periodPhase,
  type PeriodPhase,
} from '../../domain/consultations/consultation-period.ts';
import {
  consultationStatusLabels,
  type ConsultationStatus,
} from '../../domain/consultations/consultation-status.ts';
import {
  moderationStatusLabels,
  type ModerationStatus,
} from '../../domain/consultations/comment-moderation.ts';
import {
  adoptionLabels,
  isAdoption,
  type Adoption,
  type FeedbackTotals,
} from '../../domain/consultations/consultation-feedback.ts';
import type {
  ConsultationCommentRow,
  ConsultationFeedbackRow,
  ConsultationRow,
} from '../../db/repositories/consultations.ts';
import { consultationStateOf } from './run-consultation-command.ts';

/** A consultation as both doors show it: dates, where today stands, labels. */
export type ConsultationSummaryView = {
  id: string;
  agencyId: string;
  title: string;
  status: ConsultationStatus;
  statusLabel: string;
  opensOn: IsoDate;
  closesOn: IsoDate;
  periodDays: number;
  shortPeriodReason: string;
  phase: PeriodPhase;
  isAcceptingComments: boolean;
  daysLeft: number;
  version: number;
};

export function consultationSummaryOf(options: { row: ConsultationRow; now: Date }): ConsultationSummaryView {
  const { row } = options;
  const state = consultationStateOf(row);
  const today = isoDateInShanghai(options.now);
  return {
    id: row.id,
    agencyId: row.agencyId,
    title: row.title,
    status: state.status,
    statusLabel: consultationStatusLabels[state.status],
    opensOn: state.opensOn,
    closesOn: state.closesOn,
    periodDays: periodDays(state),
    shortPeriodReason: row.shortPeriodReason,
    phase: periodPhase({ ...state, today }),
    isAcceptingComments: isAcceptingComments({ state, today }),
    daysLeft: daysLeft({ closesOn: state.closesOn, today }),
    version: row.version,
  };
}

/** A comment as the public sees it: never the contact. */
export type PublicCommentView = {
  id: string;
  body: string;
  paragraphReference: string;
  submittedOn: IsoDate;
  adoption: Adoption | null;
  adoptionLabel: string | null;
  adoptionReason: string;
};

export function publicCommentOf(row: ConsultationCommentRow): PublicCommentView {
  const adoption = row.adoption !== null && isAdoption(row.adoption) ? row.adoption : null;
  return {
    id: row.id,
    body: row.body,
    paragraphReference: row.paragraphReference,
    submittedOn: isoDateInShanghai(row.submittedAt),
    adoption,
    adoptionLabel: adoption === null ? null : adoptionLabels[adoption],
    adoptionReason: row.adoptionReason,
  };
}

/** A comment for the staff handling it: the contact masked, and in full for contacting them. */
export type StaffCommentView = PublicCommentView & {
  moderationStatus: ModerationStatus;
  moderationStatusLabel: string;
  rejectionReason: string | null;
  maskedContact: string;
  contact: string;
};

export function staffCommentOf(row: ConsultationCommentRow): StaffCommentView {
  const moderationStatus = row.moderationStatus as ModerationStatus;
  return {
    ...publicCommentOf(row),
    moderationStatus,
    moderationStatusLabel: moderationStatusLabels[moderationStatus],
    rejectionReason: row.rejectionReason,
    maskedContact: maskContact(row.contact),
    contact: row.contact,
  };
}

export type FeedbackView = { summary: string; totals: FeedbackTotals; publishedOn: IsoDate };

export function feedbackViewOf(row: ConsultationFeedbackRow | undefined): FeedbackView | null {
  if (!row) return null;
  return {
    summary: row.summary,
    totals: row.totals as FeedbackTotals,
    publishedOn: isoDateInShanghai(row.publishedAt),
  };
}
