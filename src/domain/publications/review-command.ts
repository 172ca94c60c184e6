import type { PersonalInformationFinding } from './personal-information-scan.ts';

/**
 * What a person may do with a catalogue item. `findings` are the personal-information scan of the
 * item's current text, made by the caller just before (`scanPersonalInformation`).
 */
export type ReviewCommand =
  | { type: 'createDraft' }
  | { type: 'editDraft' }
  | {
      type: 'submit';
      findings: readonly PersonalInformationFinding[];
      personalInformationJustification: string;
    }
  | { type: 'approveFirstReview'; opinion: string; isConfidentialityCleared: boolean }
  | { type: 'approveSecondReview'; opinion: string }
  | { type: 'approveFinalReview'; opinion: string }
  | { type: 'returnToContributor'; reason: string }
  | {
      type: 'publish';
      findings: readonly PersonalInformationFinding[];
      personalInformationJustification: string;
    }
  | { type: 'withdraw'; reason: string }
  | { type: 'changeValidity' };

export type ReviewCommandType = ReviewCommand['type'];
