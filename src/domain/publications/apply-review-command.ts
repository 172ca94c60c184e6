import { roleLabels, type Role } from '../access/roles.ts';
import {
  pendingReviewLevel,
  publicationStatusLabels,
  reviewLevelLabels,
  type PublicationStatus,
  type ReviewLevel,
} from './publication-status.ts';
import type { ReviewCommand } from './review-command.ts';
import { reviewCommandTypes, reviewTransitionTable } from './review-transition-table.ts';
import type { SignOff } from './sign-off.ts';

/** What the review rules need to know about an item. */
export type ReviewState = {
  status: PublicationStatus;
  /** The user who wrote the item (谁供稿、谁负责). */
  contributorId: string;
  signOffs: readonly SignOff[];
};

/** The person giving the command. */
export type Reviewer = { userId: string; roles: readonly Role[] };

export type ReviewRejectionCode =
  | 'wrongStatus'
  | 'roleNotAllowed'
  /** Only the item's contributor edits and submits it. */
  | 'notContributor'
  /** A contributor never reviews or publishes their own item. */
  | 'ownItem'
  /** One person signs one level of an item, never two. */
  | 'otherLevelSigned'
  | 'invalidInput'
  /** Personal information found and no justification given. */
  | 'personalInformation';

export type ReviewRejection = { isAccepted: false; code: ReviewRejectionCode; message: string };

export type ReviewAcceptance = {
  isAccepted: true;
  status: PublicationStatus;
  /** The sign-off to record (approval or return), without its time. */
  signOff: Omit<SignOff, 'signedAt'> | null;
};

export type ReviewResult = ReviewAcceptance | ReviewRejection;

function reject(code: ReviewRejectionCode, message: string): ReviewRejection {
  return { isAccepted: false, code, message };
}

/** The role that signs a level: 初审人, 复审人, 终审人. */
export const reviewerRoleOfLevel: Record<ReviewLevel, Role> = {
  1: 'reviewer1',
  2: 'reviewer2',
  3: 'reviewer3',
};

const maximumTextLength = 2000;

function checkText(options: { text: string; label: string }): ReviewRejection | null {
  const text = options.text.trim();
  if (text === '') return reject('invalidInput', `请填写${options.label}`);
  if (text.length > maximumTextLength) {
    return reject('invalidInput', `${options.label}不能超过${maximumTextLength}个字`);
  }
  return null;
}

/** Levels other than `level` that this person has signed (approved or returned) on the item. */
function otherLevelsSigned(options: {
  state: ReviewState;
  userId: string;
  level: ReviewLevel;
}): ReviewLevel[] {
  const levels = options.state.signOffs
    .filter((signOff) => signOff.reviewerId === options.userId && signOff.level !== options.level)
    .map((signOff) => signOff.level);
  return [...new Set(levels)];
}

function checkReviewer(options: {
  state: ReviewState;
  reviewer: Reviewer;
  level: ReviewLevel;
  actionLabel: string;
}): ReviewRejection | null {
  const { state, reviewer, level } = options;
  if (state.contributorId === reviewer.userId) {
    return reject(
      'ownItem',
      `您是本条目的供稿人，不能${options.actionLabel}自己供稿的信息，请由其他审核人办理`,
    );
  }
  if (!reviewer.roles.includes(reviewerRoleOfLevel[level])) {
    return reject(
      'roleNotAllowed',
      `${reviewLevelLabels[level]}须由${roleLabels[reviewerRoleOfLevel[level]]}办理`,
    );
  }
  const signed = otherLevelsSigned({ state, userId: reviewer.userId, level });
  if (signed.length > 0) {
    const names = signed.map((other) => reviewLevelLabels[other]).join('、');
    return reject(
      'otherLevelSigned',
      `您已签署本条目的${names}，同一人不能签署同一条目的两个审核级别，请由其他${roleLabels[reviewerRoleOfLevel[level]]}办理`,
    );
  }
  return null;
}

function checkJustification(options: {
  findings: readonly unknown[];
  justification: string;
  actionLabel: string;
}): ReviewRejection | null {
  if (options.findings.length === 0) return null;
  if (options.justification.trim() === '') {
    return reject(
      'personalInformation',
      `检查发现${options.findings.length}处疑似个人信息。请删除或遮盖后再${options.actionLabel}；确属依法应当公开的，请填写公开的法律依据和理由`,
    );
  }
  return checkText({ text: options.justification, label: '公开个人信息的依据和理由' });
}

/**
 * The only place an item's review status changes. Checks, in this order: the transition table
 * (status, then role), who the person is to the item (the contributor edits and submits; never
 * reviews or publishes their own item; one person, one level), then the command's own data.
 * Pure: the use case adds the time and saves the result with its event.
 */
export function applyReviewCommand(options: {
  state: ReviewState | null;
  command: ReviewCommand;
  reviewer: Reviewer;
}): ReviewResult {
  const { state, command, reviewer } = options;
  const rule = reviewTransitionTable[command.type];
  if (state === null) {
    if (rule.from !== 'initial') return reject('wrongStatus', `条目不存在，不能${rule.label}`);
  } else if (rule.from === 'initial' || !rule.from.includes(state.status)) {
    return reject('wrongStatus', `条目${publicationStatusLabels[state.status]}，不能${rule.label}`);
  }
  if (!reviewer.roles.some((role) => rule.roles.includes(role))) {
    const allowed = rule.roles.map((role) => roleLabels[role]).join('或');
    return reject('roleNotAllowed', `只有${allowed}可以${rule.label}`);
  }
  if (command.type === 'createDraft') return { isAccepted: true, status: 'draft', signOff: null };
  if (state === null) return reject('wrongStatus', `条目不存在，不能${rule.label}`);
  const next = rule.to === 'unchanged' ? state.status : rule.to;
  const accepted = (signOff: ReviewAcceptance['signOff'] = null): ReviewAcceptance => ({
    isAccepted: true,
    status: next,
    signOff,
  });

  switch (command.type) {
    case 'editDraft':
    case 'submit': {
      if (state.contributorId !== reviewer.userId) {
        return reject('notContributor', `只有本条目的供稿人可以${rule.label}（谁供稿、谁负责）`);
      }
      if (command.type === 'editDraft') return accepted();
      return (
        checkJustification({
          findings: command.findings,
          justification: command.personalInformationJustification,
          actionLabel: '提交',
        }) ?? accepted()
      );
    }
    case 'approveFirstReview':
    case 'approveSecondReview':
    case 'approveFinalReview': {
      const level = pendingReviewLevel(state.status);
      if (level === null)
        return reject('wrongStatus', `条目${publicationStatusLabels[state.status]}，不能${rule.label}`);
      const problem =
        checkReviewer({ state, reviewer, level, actionLabel: '审核' }) ??
        checkText({ text: command.opinion, label: '审核意见' });
      if (problem) return problem;
      const isConfidentialityCleared =
        command.type === 'approveFirstReview' && command.isConfidentialityCleared;
      // Art. 17: no item is released without the confidentiality review of a named person.
      if (command.type === 'approveFirstReview' && !isConfidentialityCleared) {
        return reject('invalidInput', '请确认已进行保密审查，拟公开的信息不涉及国家秘密（第十七条）');
      }
      return accepted({
        level,
        decision: 'approved',
        reviewerId: reviewer.userId,
        opinion: command.opinion.trim(),
        isConfidentialityCleared,
      });
    }
    case 'returnToContributor': {
      const level = pendingReviewLevel(state.status);
      if (level === null)
        return reject('wrongStatus', `条目${publicationStatusLabels[state.status]}，不能${rule.label}`);
      const problem =
        checkReviewer({ state, reviewer, level, actionLabel: '退回' }) ??
        checkText({ text: command.reason, label: '退回理由' });
      if (problem) return problem;
      return accepted({
        level,
        decision: 'returned',
        reviewerId: reviewer.userId,
        opinion: command.reason.trim(),
        isConfidentialityCleared: false,
      });
    }
    case 'publish': {
      if (state.contributorId === reviewer.userId) {
        return reject('ownItem', '您是本条目的供稿人，不能发布自己供稿的信息（先审后发），请由终审人发布');
      }
      return (
        checkJustification({
          findings: command.findings,
          justification: command.personalInformationJustification,
          actionLabel: '发布',
        }) ?? accepted()
      );
    }
    case 'withdraw':
      return checkText({ text: command.reason, label: '撤回理由' }) ?? accepted();
    case 'changeValidity':
      return accepted();
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/**
 * The commands to offer this person on this item (null: none yet), in table order. Offers only
 * what `applyReviewCommand` could accept without looking at the command's data.
 */
export function availableReviewCommands(options: {
  state: ReviewState | null;
  reviewer: Reviewer;
}): ReviewCommand['type'][] {
  const probes: Record<ReviewCommand['type'], ReviewCommand> = {
    createDraft: { type: 'createDraft' },
    editDraft: { type: 'editDraft' },
    submit: { type: 'submit', findings: [], personalInformationJustification: '' },
    approveFirstReview: { type: 'approveFirstReview', opinion: '同意', isConfidentialityCleared: true },
    approveSecondReview: { type: 'approveSecondReview', opinion: '同意' },
    approveFinalReview: { type: 'approveFinalReview', opinion: '同意' },
    returnToContributor: { type: 'returnToContributor', reason: '退回' },
    publish: { type: 'publish', findings: [], personalInformationJustification: '' },
    withdraw: { type: 'withdraw', reason: '撤回' },
    changeValidity: { type: 'changeValidity' },
  };
  return reviewCommandTypes.filter(
    (type) =>
      applyReviewCommand({ state: options.state, command: probes[type], reviewer: options.reviewer })
        .isAccepted,
  );
}
