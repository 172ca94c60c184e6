import type { CaseState } from '../lifecycle/case-state.ts';
import type { LetterKind } from './letter-kind.ts';

/**
 * The letters the case supports now, for the case page to offer (`buildLetter` may still refuse
 * one whose date has passed, e.g. a clarification already answered, with its reason).
 */
export function availableLetterKinds(options: { caseState: CaseState }): LetterKind[] {
  const { caseState } = options;
  const kinds: LetterKind[] = ['receipt'];
  if (caseState.clarification !== null && caseState.clarification.receivedOn === null)
    kinds.push('clarificationNotice');
  const openOf = (party: 'thirdParty' | 'otherAgency'): boolean =>
    caseState.consultations.some(
      (consultation) =>
        consultation.consultedParty === party &&
        consultation.answer === null &&
        consultation.lapsedOn === null,
    );
  if (openOf('thirdParty')) kinds.push('consultationLetter');
  if (openOf('otherAgency')) kinds.push('agencyConsultationLetter');
  if (caseState.extension !== null) kinds.push('extensionNotice');
  if (
    caseState.processingFee !== null &&
    caseState.processingFee.paidOn === null &&
    caseState.conclusion === null
  ) {
    kinds.push('feeNotice');
  }
  const isAbandoned = caseState.conclusion?.conclusion === 'deemedAbandoned';
  if (caseState.decision !== null || caseState.proposedDecision !== null || isAbandoned)
    kinds.push('decision');
  return kinds;
}
