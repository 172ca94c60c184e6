import { pendingReviewLevel, type PublicationStatus, type ReviewLevel } from './publication-status.ts';
import type { Reviewer } from './apply-review-command.ts';
import type { ReviewCommandType } from './review-command.ts';
import { reviewTransitionTable } from './review-transition-table.ts';

/**
 * One kind of item that is a task of a person, in a form a database query can use: the item is in
 * one of `statuses`; it is the person's own item (`self`) or never their own (`others`); and, when
 * `signedLevel` is set, the person has signed no level of it other than that one (one person, one
 * level). Mirrors the checks of `applyReviewCommand` for the task commands.
 */
export type ReviewTaskCondition = {
  statuses: readonly PublicationStatus[];
  contributor: 'self' | 'others';
  signedLevel: ReviewLevel | null;
};

/** Commands that make an item a task of the person: their own drafts to finish, the reviews at their level. */
export const reviewTaskCommands: readonly ReviewCommandType[] = [
  'editDraft',
  'submit',
  'approveFirstReview',
  'approveSecondReview',
  'approveFinalReview',
  'publish',
];

function conditionOf(
  command: ReviewCommandType,
  statuses: readonly PublicationStatus[],
): ReviewTaskCondition {
  switch (command) {
    case 'editDraft':
    case 'submit':
      return { statuses, contributor: 'self', signedLevel: null };
    case 'approveFirstReview':
    case 'approveSecondReview':
    case 'approveFinalReview':
      return { statuses, contributor: 'others', signedLevel: pendingReviewLevel(statuses[0] ?? 'draft') };
    case 'publish':
      return { statuses, contributor: 'others', signedLevel: null };
    case 'createDraft':
    case 'returnToContributor':
    case 'withdraw':
    case 'changeValidity':
      throw new Error(`${command} is not a task command`);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** The kinds of items that are this person's tasks (none when their roles allow no task command). */
export function reviewTaskConditionsOf(reviewer: Reviewer): ReviewTaskCondition[] {
  return reviewTaskCommands.flatMap((command) => {
    const rule = reviewTransitionTable[command];
    if (rule.from === 'initial') return [];
    if (!reviewer.roles.some((role) => rule.roles.includes(role))) return [];
    return [conditionOf(command, rule.from)];
  });
}
