import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.ts';
import { availableReviewCommands, type Reviewer, type ReviewState } from './apply-review-command.ts';
import { publicationStatuses, reviewLevels, type ReviewLevel } from './publication-status.ts';
import { reviewTaskCommands, reviewTaskConditionsOf, type ReviewTaskCondition } from './review-tasks.ts';

/** How a query reads the conditions: the item matches one of them. */
function matches(options: {
  conditions: ReviewTaskCondition[];
  state: ReviewState;
  userId: string;
}): boolean {
  const { state, userId } = options;
  return options.conditions.some(
    (condition) =>
      condition.statuses.includes(state.status) &&
      (condition.contributor === 'self') === (state.contributorId === userId) &&
      (condition.signedLevel === null ||
        !state.signOffs.some(
          (signOff) => signOff.reviewerId === userId && signOff.level !== condition.signedLevel,
        )),
  );
}

const roleSets: Role[][] = [
  [],
  ['caseHandler'],
  ['contributor'],
  ['reviewer1'],
  ['reviewer2'],
  ['reviewer3'],
  ['contributor', 'reviewer3'],
  ['reviewer1', 'reviewer2'],
  ['reviewer1', 'reviewer3'],
  ['contributor', 'reviewer1', 'reviewer2', 'reviewer3'],
];
const signedLevelSets: ReviewLevel[][] = [[], [1], [2], [3], [1, 3], [1, 2, 3]];

describe('reviewTaskConditionsOf', () => {
  it('selects exactly the items on which the person has a task command', () => {
    let compared = 0;
    for (const roles of roleSets) {
      const reviewer: Reviewer = { userId: 'person', roles };
      const conditions = reviewTaskConditionsOf(reviewer);
      for (const status of publicationStatuses) {
        for (const contributorId of ['person', 'someone else']) {
          for (const signedLevels of signedLevelSets) {
            const state: ReviewState = {
              status,
              contributorId,
              signOffs: [
                ...signedLevels.map((level) => ({
                  level,
                  decision: 'approved' as const,
                  reviewerId: 'person',
                  opinion: '同意',
                  isConfidentialityCleared: level === 1,
                  signedAt: '2025-03-03T01:00:00.000Z',
                })),
                ...reviewLevels.map((level) => ({
                  level,
                  decision: 'returned' as const,
                  reviewerId: `other ${level}`,
                  opinion: '退回',
                  isConfidentialityCleared: false,
                  signedAt: '2025-03-03T01:00:00.000Z',
                })),
              ],
            };
            const isTask = availableReviewCommands({ state, reviewer }).some((command) =>
              reviewTaskCommands.includes(command),
            );
            expect(
              matches({ conditions, state, userId: 'person' }),
              `${roles} ${status} ${contributorId} ${signedLevels}`,
            ).toBe(isTask);
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(roleSets.length * publicationStatuses.length * 2 * signedLevelSets.length);
  });

  it('gives a first-level reviewer their own drafts and the submitted items of others', () => {
    expect(reviewTaskConditionsOf({ userId: 'person', roles: ['reviewer1'] })).toEqual([
      { statuses: ['draft', 'returned'], contributor: 'self', signedLevel: null },
      { statuses: ['draft', 'returned'], contributor: 'self', signedLevel: null },
      { statuses: ['submitted'], contributor: 'others', signedLevel: 1 },
    ]);
    expect(reviewTaskConditionsOf({ userId: 'person', roles: ['caseHandler'] })).toEqual([]);
  });
});
