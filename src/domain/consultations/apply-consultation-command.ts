import type { IsoDate } from '../calendar/iso-date.ts';
import type { ConsultationCommand } from './consultation-command.ts';
import { periodPhase } from './consultation-period.ts';
import { consultationStatusLabels, type ConsultationStatus } from './consultation-status.ts';
import { consultationTransitionTable } from './consultation-transition-table.ts';

/** What the lifecycle rules need to know about a consultation. */
export type ConsultationState = { status: ConsultationStatus; opensOn: IsoDate; closesOn: IsoDate };

export type ConsultationRejectionCode = 'wrongStatus' | 'tooEarly' | 'invalidInput';

export type ConsultationResult =
  | { isAccepted: true; status: ConsultationStatus }
  | { isAccepted: false; code: ConsultationRejectionCode; message: string };

const maximumReasonLength = 500;

/**
 * The only place a consultation's status changes: the transition table first, then the rules of
 * the command: closing waits for the end of the period (the public was promised it), a withdrawal
 * states its reason. Pure: the use case passes today's date in Asia/Shanghai.
 */
export function applyConsultationCommand(options: {
  state: ConsultationState | null;
  command: ConsultationCommand;
  today: IsoDate;
}): ConsultationResult {
  const { state, command, today } = options;
  const rule = consultationTransitionTable[command.type];
  if (state === null) {
    if (rule.from !== 'initial') return reject('wrongStatus', `征求意见不存在，不能${rule.label}`);
    return { isAccepted: true, status: rule.to === 'unchanged' ? 'draft' : rule.to };
  }
  if (rule.from === 'initial' || !rule.from.includes(state.status)) {
    return reject('wrongStatus', `该征求意见${consultationStatusLabels[state.status]}，不能${rule.label}`);
  }
  const status = rule.to === 'unchanged' ? state.status : rule.to;
  switch (command.type) {
    case 'create':
    case 'edit':
    case 'publishFeedback':
      return { isAccepted: true, status };
    case 'open':
      if (state.closesOn < today) {
        return reject('invalidInput', '截止日期已过，请先修改征求意见期限再发布');
      }
      return { isAccepted: true, status };
    case 'close':
      if (periodPhase({ ...state, today }) !== 'ended') {
        return reject(
          'tooEarly',
          `征求意见期限至${state.closesOn}，期限届满后才能结束；确需提前终止的，请撤回并说明理由`,
        );
      }
      return { isAccepted: true, status };
    case 'withdraw': {
      const reason = command.reason.trim();
      if (reason === '') return reject('invalidInput', '请填写撤回理由');
      if (reason.length > maximumReasonLength) {
        return reject('invalidInput', `撤回理由不能超过${maximumReasonLength}个字`);
      }
      return { isAccepted: true, status };
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

function reject(code: ConsultationRejectionCode, message: string): ConsultationResult {
  return { isAccepted: false, code, message };
}

/**
 * Comments are accepted only while the consultation is open and today is within its period
 * (both ends included, dates in Asia/Shanghai).
 */
export function isAcceptingComments(options: { state: ConsultationState; today: IsoDate }): boolean {
  return (
    options.state.status === 'open' && periodPhase({ ...options.state, today: options.today }) === 'running'
  );
}
