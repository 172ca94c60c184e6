/** Product decisions of rules.md §2 that an agency may change; each is shown where it moves a date. */
export type DeadlineSettings = {
  /** Product decision: the reply clock pauses from the fee notice until payment (default on). */
  isFeeNoticePausingReplyPeriod: boolean;
  /** Product decision: the applicant's supplement period after a clarification notice (Art. 30), default 15 working days. */
  supplementWorkingDays: number;
};

export const defaultDeadlineSettings: DeadlineSettings = {
  isFeeNoticePausingReplyPeriod: true,
  supplementWorkingDays: 15,
};
