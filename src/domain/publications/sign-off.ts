import type { ReviewLevel } from './publication-status.ts';

/** 审核意见: approved at a level, or returned to the contributor with reasons. */
export type SignOffDecision = 'approved' | 'returned';

/**
 * One recorded review step (Art. 17; rules.md §5 "by a named person"): who, at which level, when,
 * the decision and the opinion. Kept append-only; the level-1 sign-off carries the 保密审查.
 */
export type SignOff = {
  level: ReviewLevel;
  decision: SignOffDecision;
  reviewerId: string;
  opinion: string;
  isConfidentialityCleared: boolean;
  /** ISO instant, set by the use case from its clock. */
  signedAt: string;
};
