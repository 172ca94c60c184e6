/**
 * Every result a disclosure request can end with, one per decision of rules.md §3, in the order
 * of that list (the order `proposePrimaryOutcome` follows). Each feeds exactly one result row of
 * the annual report's table 三 (`reportRowKey`, a row key of the field catalogue).
 */
export const outcomeCodes = [
  'alreadyPublished',
  'disclosed',
  'partiallyDisclosed',
  'withheldStateSecret',
  'withheldProhibitedByLaw',
  'withheldThreeSecuritiesOneStability',
  'withheldThirdPartyRights',
  'withheldInternalAffairs',
  'withheldProcessInformation',
  'withheldEnforcementFiles',
  'withheldAdministrativeQuery',
  'notExisting',
  'notHeldByThisAgency',
  'needsCreation',
  'stillUnclearAfterClarification',
  'complaintOrPetition',
  'repeatedRequest',
  'publicationRequested',
  'massRepeatedWithoutReason',
  'confirmationRequested',
  'clarificationNotSupplied',
  'feeNotPaid',
  'otherHandling',
] as const;

export type OutcomeCode = (typeof outcomeCodes)[number];

/** What a decision letter must state besides the outcome, checked by `validateDecisionDetails`. */
export type OutcomeRequirements = {
  /** 理由: why the information is withheld, cannot be provided or is not processed. */
  isReasonRequired: boolean;
  /** 提供的信息: what is given (Art. 36(二), Art. 37). */
  isItemsProvidedRequired: boolean;
  /** 不予公开的部分及理由 (Art. 37): what is withheld and why, item by item. */
  isItemsWithheldRequired: boolean;
  /** 获取途径: where the proactively published information can be found (Art. 36(一)). */
  isPublishedLocationRequired: boolean;
};

/**
 * Who sets the outcome: staff choose a `decision` in the decision form; `procedural` outcomes
 * are set by the lifecycle (deemed abandoned, withdrawn).
 */
export type OutcomeOrigin = 'decision' | 'procedural';

export type OutcomeDefinition = {
  code: OutcomeCode;
  /** The decision in the words of the decision form (Chinese). */
  label: string;
  /** The default legal basis printed in the letter; null where no article applies (staff state one). */
  legalBasis: string | null;
  /** Row key of table 三 in the 2021 field catalogue. */
  reportRowKey: string;
  /** 予以公开 or 部分公开: something is provided. */
  isDisclosure: boolean;
  origin: OutcomeOrigin;
  requirements: OutcomeRequirements;
};
