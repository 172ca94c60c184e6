import type { CaseState } from '../lifecycle/case-state.ts';
import type { LetterKind } from './letter-kind.ts';

/**
 * The letters the case supports now, for the case page to offer (`buildLetter` may still refuse
 * one whose date has passed, e.g. a clarification already answered, with its reason).
 */
export function availableLetterKinds(options: { caseState: CaseState }): LetterKind[] {
  const { caseState } = options;
  const kinds: LetterKind[] = ['receipt'];
  const isOpen = caseState.conclusion === null;
  const clarification = caseState.clarification;
  if (isOpen && clarification !== null && clarification.receivedOn === null)
    kinds.push('clarificationNotice');
  const isConsulting = (party: 'thirdParty' | 'otherAgency'): boolean =>
    isOpen &&
    caseState.consultations.some(
      (consultation) =>
        consultation.consultedParty === party &&
        consultation.answer === null &&
        consultation.lapsedOn === null,
    );
  if (isConsulting('thirdParty')) kinds.push('consultationLetter');
  if (isConsulting('otherAgency')) kinds.push('agencyConsultationLetter');
  if (caseState.extension !== null) kinds.push('extensionNotice');
  if (isOpen && caseState.processingFee !== null && caseState.processingFee.paidOn === null)
    kinds.push('feeNotice');
  const isAbandoned = caseState.conclusion?.conclusion === 'deemedAbandoned';
  if (caseState.decision !== null || caseState.proposedDecision !== null || isAbandoned)
    kinds.push('decision');
  return kinds;
}
