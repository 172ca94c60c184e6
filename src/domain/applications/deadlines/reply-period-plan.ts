import type { IsoDate } from '../../calendar/iso-date.ts';

/**
 * A pause of the reply clock (rules.md §1, product decision): it removes the working days after
 * `after` up to and including `until`. `until` is null while the end is unknown (fee not yet paid).
 */
export type ClockPause = {
  after: IsoDate;
  until: IsoDate | null;
  /** Chinese, e.g. 征求第三方意见. */
  reason: string;
};

/** What the reply period counts: `workingDays` working days after `start`, minus the pauses. */
export type ReplyPeriodPlan = {
  start: IsoDate;
  workingDays: number;
  pauses: ClockPause[];
};
