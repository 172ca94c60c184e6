import type { CaseEvent } from './case-event.ts';
import type { CaseState } from './case-state.ts';

export type RejectionCode =
  /** The command is not allowed in the case's status (or there is no case yet / already one). */
  | 'wrongStatus'
  | 'roleNotAllowed'
  /** Not a date, before receipt, before the previous step, or after today. */
  | 'invalidDate'
  /** Missing or contradictory data (a decision without legal basis, an empty reason, …). */
  | 'invalidInput'
  /** Done once already where the law allows it once (clarification, extension, fee notice). */
  | 'alreadyDone'
  /** A period has not run out yet (deemed abandoned, lapsed consultation). */
  | 'tooEarly'
  /** A period has already run out (Art. 33 extension after the original deadline). */
  | 'tooLate'
  | 'unknownConsultation'
  /** A date outside the working-day calendar's known years (rules.md §1). */
  | 'calendarYearMissing';

/** A command refused, with the reason for the person who gave it (Simplified Chinese). */
export type TransitionRejection = { isAccepted: false; code: RejectionCode; message: string };

/**
 * An accepted command: the new state and the events to append (in this order), plus warnings
 * the deadline engine raised about them (a late clarification notice, …).
 */
export type TransitionAcceptance = {
  isAccepted: true;
  state: CaseState;
  events: readonly CaseEvent[];
  warnings: readonly string[];
};

export type TransitionResult = TransitionAcceptance | TransitionRejection;

export function reject(code: RejectionCode, message: string): TransitionRejection {
  return { isAccepted: false, code, message };
}
