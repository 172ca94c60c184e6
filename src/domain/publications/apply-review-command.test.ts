import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.ts';
import {
  applyReviewCommand,
  availableReviewCommands,
  type Reviewer,
  type ReviewState,
} from './apply-review-command.ts';
import type { PersonalInformationFinding } from './personal-information-scan.ts';
import type { PublicationStatus } from './publication-status.ts';
import type { ReviewCommand } from './review-command.ts';
import { reviewCommandTypes, reviewTransitionTable } from './review-transition-table.ts';

const person = (userId: string, ...roles: Role[]): Reviewer => ({ userId, roles });
const author = person('author', 'contributor');
const first = person('first', 'reviewer1');
const second = person('second', 'reviewer2');
const final = person('final', 'reviewer3');

const finding: PersonalInformationFinding = {
  kind: 'mobileNumber',
  field: 'body',
  start: 4,
  end: 15,
  maskedText: '138****5678',
};

function run(state: ReviewState | null, command: ReviewCommand, reviewer: Reviewer) {
  return applyReviewCommand({ state, command, reviewer });
}

/** Applies the command and returns the next state; fails the test when refused. */
function step(state: ReviewState, command: ReviewCommand, reviewer: Reviewer): ReviewState {
  const result = run(state, command, reviewer);
  if (!result.isAccepted) throw new Error(`refused: ${result.message}`);
  const signOffs = result.signOff
    ? [...state.signOffs, { ...result.signOff, signedAt: '2025-03-03T01:00:00.000Z' }]
    : state.signOffs;
  return { ...state, status: result.status, signOffs };
}

const draft: ReviewState = { status: 'draft', contributorId: 'author', signOffs: [] };
const submit: ReviewCommand = { type: 'submit', findings: [], personalInformationJustification: '' };
const approveFirst: ReviewCommand = {
  type: 'approveFirstReview',
  opinion: '同意',
  isConfidentialityCleared: true,
};
const approveSecond: ReviewCommand = { type: 'approveSecondReview', opinion: '同意' };
const approveFinal: ReviewCommand = { type: 'approveFinalReview', opinion: '同意发布' };
const publish: ReviewCommand = { type: 'publish', findings: [], personalInformationJustification: '' };

describe('review before release (Art. 17, 三审)', () => {
  it('goes draft → submitted → 初审 → 复审 → 终审 → published, recording every sign-off', () => {
    expect(run(null, { type: 'createDraft' }, author)).toEqual({
      isAccepted: true,
      status: 'draft',
      signOff: null,
    });
    let state = step(draft, submit, author);
    expect(state.status).toBe('submitted');
    state = step(state, approveFirst, first);
    expect(state.status).toBe('firstReviewed');
    state = step(state, approveSecond, second);
    expect(state.status).toBe('secondReviewed');
    state = step(state, approveFinal, final);
    expect(state.status).toBe('approved');
    state = step(state, publish, final);
    expect(state.status).toBe('published');
    expect(state.signOffs.map((signOff) => [signOff.level, signOff.reviewerId, signOff.decision])).toEqual([
      [1, 'first', 'approved'],
      [2, 'second', 'approved'],
      [3, 'final', 'approved'],
    ]);
    expect(state.signOffs[0]?.isConfidentialityCleared).toBe(true);
    state = step(state, { type: 'withdraw', reason: '内容有误' }, final);
    expect(state.status).toBe('withdrawn');
  });

  it('refuses every command the table does not allow from a status', () => {
    const commands: Record<string, ReviewCommand> = {
      createDraft: { type: 'createDraft' },
      editDraft: { type: 'editDraft' },
      submit,
      approveFirstReview: approveFirst,
      approveSecondReview: approveSecond,
      approveFinalReview: approveFinal,
      returnToContributor: { type: 'returnToContributor', reason: '请修改' },
      publish,
      withdraw: { type: 'withdraw', reason: '错误' },
      changeValidity: { type: 'changeValidity' },
    };
    const everyone = person('someone', 'contributor', 'reviewer1', 'reviewer2', 'reviewer3');
    const statuses: PublicationStatus[] = [
      'draft',
      'submitted',
      'firstReviewed',
      'secondReviewed',
      'approved',
      'returned',
      'published',
      'withdrawn',
    ];
    let refusals = 0;
    for (const status of statuses) {
      for (const type of reviewCommandTypes) {
        const rule = reviewTransitionTable[type];
        if (rule.from !== 'initial' && rule.from.includes(status)) continue;
        const command = commands[type];
        if (!command) throw new Error(type);
        const result = run({ status, contributorId: 'author', signOffs: [] }, command, everyone);
        expect(result, `${type} from ${status}`).toMatchObject({ isAccepted: false, code: 'wrongStatus' });
        refusals += 1;
      }
    }
    // 8 statuses × 10 commands, minus the 14 allowed pairs of the table (edit 2, submit 2, the
    // three approvals 1 each, return 4, publish, withdraw, change validity 1 each).
    expect(refusals).toBe(80 - 14);
    expect(run(null, submit, author)).toMatchObject({ isAccepted: false, code: 'wrongStatus' });
  });

  it('lets only the role of the pending level sign it', () => {
    const submitted = step(draft, submit, author);
    expect(run(submitted, approveFirst, second)).toMatchObject({ isAccepted: false, code: 'roleNotAllowed' });
    expect(run(submitted, approveFirst, author)).toMatchObject({ isAccepted: false, code: 'roleNotAllowed' });
    const atSecond = step(submitted, approveFirst, first);
    expect(run(atSecond, { type: 'returnToContributor', reason: '不妥' }, first)).toMatchObject({
      isAccepted: false,
      code: 'roleNotAllowed',
    });
  });

  it('refuses a reviewer who contributed the item, at every level and for publishing', () => {
    const writerReviewer = person('author', 'contributor', 'reviewer1', 'reviewer2', 'reviewer3');
    let state = step(draft, submit, writerReviewer);
    const refused = run(state, approveFirst, writerReviewer);
    expect(refused).toMatchObject({ isAccepted: false, code: 'ownItem' });
    if (!refused.isAccepted) expect(refused.message).toContain('供稿人');
    expect(run(state, { type: 'returnToContributor', reason: '自己退回' }, writerReviewer)).toMatchObject({
      code: 'ownItem',
    });
    state = step(step(step(state, approveFirst, first), approveSecond, second), approveFinal, final);
    expect(run(state, publish, writerReviewer)).toMatchObject({ isAccepted: false, code: 'ownItem' });
  });

  it('refuses one person signing two levels of the same item, even after a return', () => {
    const allLevels = person('busy', 'reviewer1', 'reviewer2', 'reviewer3');
    let state = step(step(draft, submit, author), approveFirst, allLevels);
    expect(run(state, approveSecond, allLevels)).toMatchObject({
      isAccepted: false,
      code: 'otherLevelSigned',
    });
    state = step(state, approveSecond, second);
    expect(run(state, approveFinal, allLevels)).toMatchObject({
      isAccepted: false,
      code: 'otherLevelSigned',
    });
    // Returned at 终审 by another, resubmitted: the level-1 signer still cannot sign 复审.
    state = step(state, { type: 'returnToContributor', reason: '标题有误' }, final);
    expect(state.status).toBe('returned');
    state = step(step(state, { type: 'editDraft' }, author), submit, author);
    state = step(state, approveFirst, allLevels);
    expect(run(state, approveSecond, allLevels)).toMatchObject({ code: 'otherLevelSigned' });
  });

  it('returns to the contributor at any level with a reason, recorded as a sign-off', () => {
    const submitted = step(draft, submit, author);
    expect(run(submitted, { type: 'returnToContributor', reason: '  ' }, first)).toMatchObject({
      isAccepted: false,
      code: 'invalidInput',
    });
    const returned = run(submitted, { type: 'returnToContributor', reason: '概述不完整' }, first);
    expect(returned).toEqual({
      isAccepted: true,
      status: 'returned',
      signOff: {
        level: 1,
        decision: 'returned',
        reviewerId: 'first',
        opinion: '概述不完整',
        isConfidentialityCleared: false,
      },
    });
    const approved = step(
      step(step(submitted, approveFirst, first), approveSecond, second),
      approveFinal,
      final,
    );
    expect(run(approved, { type: 'returnToContributor', reason: '暂缓发布' }, final)).toMatchObject({
      isAccepted: true,
      status: 'returned',
      signOff: { level: 3 },
    });
  });

  it('needs the confidentiality review at level 1 and an opinion at every level', () => {
    const submitted = step(draft, submit, author);
    expect(
      run(submitted, { type: 'approveFirstReview', opinion: '同意', isConfidentialityCleared: false }, first),
    ).toMatchObject({ isAccepted: false, code: 'invalidInput' });
    expect(
      run(submitted, { type: 'approveFirstReview', opinion: '', isConfidentialityCleared: true }, first),
    ).toMatchObject({ isAccepted: false, code: 'invalidInput' });
  });

  it('lets only the contributor edit and submit', () => {
    const otherWriter = person('other', 'contributor');
    expect(run(draft, { type: 'editDraft' }, otherWriter)).toMatchObject({ code: 'notContributor' });
    expect(run(draft, submit, otherWriter)).toMatchObject({ code: 'notContributor' });
  });

  it('needs a recorded justification to submit or publish with personal information found', () => {
    const withFinding: ReviewCommand = {
      type: 'submit',
      findings: [finding],
      personalInformationJustification: ' ',
    };
    const refused = run(draft, withFinding, author);
    expect(refused).toMatchObject({ isAccepted: false, code: 'personalInformation' });
    if (!refused.isAccepted) expect(refused.message).toContain('1处疑似个人信息');
    expect(
      run(
        draft,
        { ...withFinding, personalInformationJustification: '依据《招标投标法》公示中标人联系方式' },
        author,
      ).isAccepted,
    ).toBe(true);
    const approved = step(
      step(step(step(draft, submit, author), approveFirst, first), approveSecond, second),
      approveFinal,
      final,
    );
    expect(
      run(approved, { type: 'publish', findings: [finding], personalInformationJustification: '' }, final),
    ).toMatchObject({ code: 'personalInformation' });
  });

  it('offers each person only what they may do', () => {
    expect(availableReviewCommands({ state: draft, reviewer: author })).toEqual(['editDraft', 'submit']);
    expect(availableReviewCommands({ state: draft, reviewer: first })).toEqual([]);
    const submitted = step(draft, submit, author);
    expect(availableReviewCommands({ state: submitted, reviewer: first })).toEqual([
      'approveFirstReview',
      'returnToContributor',
    ]);
    expect(availableReviewCommands({ state: submitted, reviewer: second })).toEqual([]);
    expect(availableReviewCommands({ state: null, reviewer: first })).toEqual(['createDraft']);
    const published = { ...submitted, status: 'published' as const };
    expect(availableReviewCommands({ state: published, reviewer: final })).toEqual([
      'withdraw',
      'changeValidity',
    ]);
  });
});
