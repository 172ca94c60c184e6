import type { ModerationStatus } from './comment-moderation.ts';

/**
 * 意见采纳情况反馈: after the period the agency says how many comments it received, which it
 * adopted, partly adopted or did not adopt, and why not (product decision following the practice
 * of publishing 意见收集和采纳情况). Every comment received counts, rejected ones included.
 */
export const adoptions = ['adopted', 'partlyAdopted', 'notAdopted'] as const;

export type Adoption = (typeof adoptions)[number];

export const adoptionLabels: Record<Adoption, string> = {
  adopted: '采纳',
  partlyAdopted: '部分采纳',
  notAdopted: '未采纳',
};

export function isAdoption(value: string): value is Adoption {
  return (adoptions as readonly string[]).includes(value);
}

/** What the feedback needs of one comment. */
export type FeedbackComment = {
  moderationStatus: ModerationStatus;
  adoption: Adoption | null;
  adoptionReason: string;
};

export type FeedbackTotals = {
  received: number;
  published: number;
  rejected: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
};

export function summariseFeedback(comments: readonly FeedbackComment[]): FeedbackTotals {
  const count = (predicate: (comment: FeedbackComment) => boolean) => comments.filter(predicate).length;
  return {
    received: comments.length,
    published: count((comment) => comment.moderationStatus === 'published'),
    rejected: count((comment) => comment.moderationStatus === 'rejected'),
    adopted: count((comment) => comment.adoption === 'adopted'),
    partlyAdopted: count((comment) => comment.adoption === 'partlyAdopted'),
    notAdopted: count((comment) => comment.adoption === 'notAdopted'),
  };
}

/** The feedback's opening sentence, e.g. 共收到意见5条（其中不予公开1条），采纳2条，部分采纳1条，未采纳1条。 */
export function feedbackSentence(totals: FeedbackTotals): string {
  const rejected = totals.rejected > 0 ? `（其中不予公开${totals.rejected}条）` : '';
  return `共收到意见${totals.received}条${rejected}，采纳${totals.adopted}条，部分采纳${totals.partlyAdopted}条，未采纳${totals.notAdopted}条。`;
}

/**
 * Problems that keep the feedback from being published: comments still awaiting moderation, a
 * published comment without its adoption, a partly or not adopted one without its reason, no
 * summary. Rejected comments need no adoption (they may have one).
 */
export function findFeedbackProblems(options: {
  comments: readonly FeedbackComment[];
  summary: string;
}): string[] {
  const problems: string[] = [];
  const pending = options.comments.filter((comment) => comment.moderationStatus === 'pending').length;
  if (pending > 0) problems.push(`还有${pending}条意见待审核，请先审核`);
  const undecided = options.comments.filter(
    (comment) => comment.moderationStatus === 'published' && comment.adoption === null,
  ).length;
  if (undecided > 0) problems.push(`还有${undecided}条已公开的意见未填写采纳情况`);
  const withoutReason = options.comments.filter(
    (comment) =>
      (comment.adoption === 'notAdopted' || comment.adoption === 'partlyAdopted') &&
      comment.adoptionReason.trim() === '',
  ).length;
  if (withoutReason > 0) problems.push(`还有${withoutReason}条未采纳或部分采纳的意见未说明理由`);
  if (options.summary.trim() === '') problems.push('请填写反馈说明');
  return problems;
}

/** A comment's adoption as staff record it: a partly or not adopted comment says why. */
export function checkAdoption(options: { adoption: Adoption; reason: string }): string | null {
  if (options.adoption !== 'adopted' && options.reason.trim() === '') {
    return `${adoptionLabels[options.adoption]}的意见请说明理由`;
  }
  return null;
}
