import { buildBuiltInCalendar } from '../../../calendar/built-in-calendar.ts';
import type { IsoDate } from '../../../calendar/iso-date.ts';
import type { DisclosureDecision } from '../../outcomes/disclosure-decision.ts';
import { applyTransition } from '../apply-transition.ts';
import type { CaseCommand } from '../case-command.ts';
import type { CaseState } from '../case-state.ts';
import type { CaseStatus } from '../case-status.ts';
import type { LifecycleRole } from '../lifecycle-role.ts';

/**
 * Cases in each lifecycle status, built through `applyTransition` (so they are always reachable),
 * for tests here and in the use cases. Received Monday 3 March 2025 in person; the reply is due
 * on 31 March 2025 (20 working days, no holiday in between).
 */
export const factoryCalendar = buildBuiltInCalendar();
export const factoryReceivedOn: IsoDate = '2025-03-03';
export const factoryNow: IsoDate = '2025-06-30';
const bothRoles: readonly LifecycleRole[] = ['caseHandler', 'officeHead'];

export const notHeldDecision: DisclosureDecision = {
  outcomeCode: 'notHeldByThisAgency',
  legalBasis: '《条例》第三十六条第（五）项',
  reasons: '该信息由市自然资源局制作并保存，请向该局申请。',
  itemsProvided: [],
  itemsWithheld: [],
  publishedLocation: null,
  itemResults: [],
};

export const partialDecision: DisclosureDecision = {
  outcomeCode: 'partiallyDisclosed',
  legalBasis: '《条例》第三十七条',
  reasons: '',
  itemsProvided: ['2024年度项目清单'],
  itemsWithheld: [{ description: '评审专家意见', reason: '属于过程性信息（《条例》第十六条第二款）' }],
  publishedLocation: null,
  itemResults: [],
};

/** Applies the commands in turn and throws on the first rejection. */
export function applyCommands(options: {
  commands: readonly CaseCommand[];
  state?: CaseState | null;
  roles?: readonly LifecycleRole[];
  now?: IsoDate;
}): CaseState {
  let state = options.state ?? null;
  for (const command of options.commands) {
    const result = applyTransition({
      state,
      command,
      roles: options.roles ?? bothRoles,
      now: options.now ?? factoryNow,
      calendar: factoryCalendar,
    });
    if (!result.isAccepted) throw new Error(`${command.type} rejected: ${result.message}`);
    state = result.state;
  }
  if (state === null) throw new Error('no commands');
  return state;
}

const register: CaseCommand = {
  type: 'register',
  receivedOn: factoryReceivedOn,
  channel: 'inPerson',
  applicantType: 'naturalPerson',
};

/** The commands that lead from nothing to each status (dates in March 2025). */
export const commandsToStatus: Record<CaseStatus, readonly CaseCommand[]> = {
  registered: [register],
  awaitingClarification: [
    register,
    { type: 'requestClarification', date: '2025-03-05', whatToSupply: '文件名称或文号' },
  ],
  inProgress: [
    register,
    { type: 'requestClarification', date: '2025-03-05', whatToSupply: '文件名称或文号' },
    { type: 'receiveClarification', date: '2025-03-10' },
  ],
  consulting: [
    register,
    {
      type: 'sendConsultation',
      date: '2025-03-05',
      consultationId: 'c1',
      consultedParty: 'thirdParty',
      partyName: '某某有限公司',
    },
  ],
  awaitingFeePayment: [
    register,
    { type: 'sendFeeNotice', date: '2025-03-05', method: { kind: 'perVolume', pageCount: 150 } },
  ],
  awaitingApproval: [register, { type: 'proposeDecision', date: '2025-03-10', decision: notHeldDecision }],
  decided: [
    register,
    { type: 'proposeDecision', date: '2025-03-10', decision: notHeldDecision },
    { type: 'approveDecision', date: '2025-03-11' },
  ],
  delivered: [
    register,
    { type: 'proposeDecision', date: '2025-03-10', decision: notHeldDecision },
    { type: 'approveDecision', date: '2025-03-11' },
    { type: 'recordDelivery', date: '2025-03-12', method: 'post' },
  ],
  closed: [
    register,
    { type: 'proposeDecision', date: '2025-03-10', decision: notHeldDecision },
    { type: 'approveDecision', date: '2025-03-11' },
    { type: 'recordDelivery', date: '2025-03-12', method: 'post' },
    { type: 'close', date: '2025-03-13' },
  ],
  withdrawn: [register, { type: 'withdraw', date: '2025-03-05', reason: '申请人书面撤回' }],
  deemedAbandoned: [
    register,
    { type: 'requestClarification', date: '2025-03-05', whatToSupply: '文件名称或文号' },
    { type: 'deemAbandonedForClarification', date: '2025-03-27' },
  ],
};

/** A case in `status`, built by the commands of `commandsToStatus`. */
export function buildCaseInStatus(status: CaseStatus): CaseState {
  return applyCommands({ commands: commandsToStatus[status] });
}
