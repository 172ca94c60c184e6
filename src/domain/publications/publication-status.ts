/**
 * Where a catalogue item stands in the review before release (Art. 17 保密审查; 三审 practice,
 * rules.md §5): written by a contributor, signed off at three levels, then published, and possibly
 * withdrawn later. Changed only by `applyReviewCommand` through `reviewTransitionTable`.
 */
export const publicationStatuses = [
  'draft',
  'submitted',
  'firstReviewed',
  'secondReviewed',
  'approved',
  'returned',
  'published',
  'withdrawn',
] as const;

export type PublicationStatus = (typeof publicationStatuses)[number];

export const publicationStatusLabels: Record<PublicationStatus, string> = {
  draft: '草稿',
  submitted: '待保密审查和初审',
  firstReviewed: '待复审',
  secondReviewed: '待终审',
  approved: '审核通过，待发布',
  returned: '已退回供稿人',
  published: '已发布',
  withdrawn: '已撤回',
};

export function isPublicationStatus(value: string): value is PublicationStatus {
  return (publicationStatuses as readonly string[]).includes(value);
}

/** 初审 (with the 保密审查), 复审, 终审. */
export const reviewLevels = [1, 2, 3] as const;
export type ReviewLevel = (typeof reviewLevels)[number];
export const reviewLevelLabels: Record<ReviewLevel, string> = {
  1: '保密审查和初审',
  2: '复审',
  3: '终审',
};

/** The level whose sign-off an item waits for in this status (null: none pending). */
export function pendingReviewLevel(status: PublicationStatus): ReviewLevel | null {
  switch (status) {
    case 'submitted':
      return 1;
    case 'firstReviewed':
      return 2;
    case 'secondReviewed':
    case 'approved':
      return 3;
    case 'draft':
    case 'returned':
    case 'published':
    case 'withdrawn':
      return null;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
