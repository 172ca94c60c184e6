import type { Role } from '../access/roles.ts';
import type { PublicationStatus } from './publication-status.ts';
import type { ReviewCommandType } from './review-command.ts';

/**
 * The ONE transition table of the review before release (Art. 17; rules.md §5 三审, 先审后发):
 * per command, the statuses it may leave (`initial` = no item yet), the roles that may give it,
 * and where it leads (`unchanged` keeps the status). The rules that need the item's sign-offs or
 * the command's data live in `applyReviewCommand`.
 */
export type ReviewTransitionRule = {
  /** Chinese name of the action, for buttons and messages. */
  label: string;
  from: readonly PublicationStatus[] | 'initial';
  roles: readonly Role[];
  to: PublicationStatus | 'unchanged';
};

/** 谁供稿、谁负责: reviewers may also write items (policy `publication.contribute`). */
const contributors: readonly Role[] = ['contributor', 'reviewer1', 'reviewer2', 'reviewer3'];
const editable: readonly PublicationStatus[] = ['draft', 'returned'];

export const reviewTransitionTable: Record<ReviewCommandType, ReviewTransitionRule> = {
  createDraft: { label: '新建条目', from: 'initial', roles: contributors, to: 'draft' },
  editDraft: { label: '修改条目', from: editable, roles: contributors, to: 'unchanged' },
  submit: { label: '提交审核', from: editable, roles: contributors, to: 'submitted' },
  approveFirstReview: {
    label: '保密审查和初审通过',
    from: ['submitted'],
    roles: ['reviewer1'],
    to: 'firstReviewed',
  },
  approveSecondReview: {
    label: '复审通过',
    from: ['firstReviewed'],
    roles: ['reviewer2'],
    to: 'secondReviewed',
  },
  approveFinalReview: { label: '终审通过', from: ['secondReviewed'], roles: ['reviewer3'], to: 'approved' },
  // Returned at whichever level is pending; the role of that level is checked in applyReviewCommand.
  returnToContributor: {
    label: '退回供稿人',
    from: ['submitted', 'firstReviewed', 'secondReviewed', 'approved'],
    roles: ['reviewer1', 'reviewer2', 'reviewer3'],
    to: 'returned',
  },
  publish: { label: '发布', from: ['approved'], roles: ['reviewer3'], to: 'published' },
  withdraw: { label: '撤回已发布信息', from: ['published'], roles: ['reviewer3'], to: 'withdrawn' },
  changeValidity: { label: '变更有效性', from: ['published'], roles: ['reviewer3'], to: 'unchanged' },
};

export const reviewCommandTypes = Object.keys(reviewTransitionTable) as ReviewCommandType[];

export function isReviewCommandType(value: string): value is ReviewCommandType {
  return Object.hasOwn(reviewTransitionTable, value);
}
