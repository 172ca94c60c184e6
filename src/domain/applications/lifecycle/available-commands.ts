import type { CaseCommandType } from './case-command.ts';
import { openConsultations, type CaseState } from './case-state.ts';
import type { LifecycleRole } from './lifecycle-role.ts';
import { caseCommandTypes, transitionTable } from './transition-table.ts';

/** Rules of `checkCommand` that depend on the case's facts alone (no dates, no input). */
function isOfferable(state: CaseState, commandType: CaseCommandType): boolean {
  switch (commandType) {
    case 'requestClarification':
      return state.clarification === null;
    case 'sendFeeNotice':
      return state.processingFee === null;
    case 'approveExtension':
      return state.extension === null && state.laterDeadline === null;
    case 'setLaterDeadline':
      return state.laterDeadline === null;
    case 'recordConsultationAnswer':
    case 'recordConsultationLapse':
      return openConsultations(state).length > 0;
    default:
      return true;
  }
}

/**
 * The commands the UI may offer to a person with `roles` on this case (null: not registered yet),
 * in the order of the transition table. Commands whose period has not run out yet (deemed
 * abandoned, lapsed consultation) are offered; `applyTransition` says why when it is too early.
 */
export function availableCommands(options: {
  state: CaseState | null;
  roles: readonly LifecycleRole[];
}): CaseCommandType[] {
  const { state, roles } = options;
  return caseCommandTypes.filter((commandType) => {
    const rule = transitionTable[commandType];
    if (!roles.some((role) => rule.roles.includes(role))) return false;
    if (state === null) return rule.from === 'initial';
    if (rule.from === 'initial' || !rule.from.includes(state.status)) return false;
    return isOfferable(state, commandType);
  });
}
