import { describe, expect, it } from 'vitest';
import { applyTransition } from './apply-transition.ts';
import { availableCommands } from './available-commands.ts';
import type { CaseCommand, CaseCommandType } from './case-command.ts';
import type { CaseState } from './case-state.ts';
import { caseStatuses, type CaseStatus } from './case-status.ts';
import type { LifecycleRole } from './lifecycle-role.ts';
import { buildCaseInStatus, factoryCalendar, factoryNow, notHeldDecision } from './testing/case-factories.ts';

// The lifecycle of issue 4, written out by hand (independent of transitionTable).
const beforeDecision: CaseStatus[] = [
  'registered',
  'inProgress',
  'awaitingClarification',
  'consulting',
  'awaitingFeePayment',
  'awaitingApproval',
];
const clockMovable: CaseStatus[] = [
  'registered',
  'inProgress',
  'consulting',
  'awaitingFeePayment',
  'awaitingApproval',
];
const allowedFrom: Record<CaseCommandType, CaseStatus[] | 'initial'> = {
  register: 'initial',
  correctApplicantType: [...beforeDecision, 'decided', 'delivered', 'closed', 'withdrawn', 'deemedAbandoned'],
  requestClarification: ['registered', 'inProgress'],
  receiveClarification: ['awaitingClarification'],
  deemAbandonedForClarification: ['awaitingClarification'],
  sendConsultation: ['registered', 'inProgress', 'consulting'],
  recordConsultationAnswer: ['consulting'],
  recordConsultationLapse: ['consulting'],
  sendFeeNotice: ['registered', 'inProgress'],
  recordFeePayment: ['awaitingFeePayment'],
  deemAbandonedForFee: ['awaitingFeePayment'],
  approveExtension: clockMovable,
  setLaterDeadline: clockMovable,
  proposeDecision: ['registered', 'inProgress'],
  returnDecision: ['awaitingApproval'],
  approveDecision: ['awaitingApproval'],
  recordDelivery: ['decided'],
  close: ['delivered'],
  withdraw: beforeDecision,
};
const officeHeadOnly: CaseCommandType[] = [
  'approveExtension',
  'setLaterDeadline',
  'returnDecision',
  'approveDecision',
];
const portalAllowed: CaseCommandType[] = ['register', 'withdraw'];

const late = '2025-04-10';
/** One well-formed command of each type (its own rules may still refuse it in a given case). */
const sampleCommands: Record<CaseCommandType, CaseCommand> = {
  register: { type: 'register', receivedOn: '2025-03-03', channel: 'email', applicantType: 'naturalPerson' },
  correctApplicantType: {
    type: 'correctApplicantType',
    date: late,
    applicantType: 'commercialEnterprise',
    reason: '以公司名义申请',
  },
  requestClarification: { type: 'requestClarification', date: late, whatToSupply: '文号' },
  receiveClarification: { type: 'receiveClarification', date: late },
  deemAbandonedForClarification: { type: 'deemAbandonedForClarification', date: late },
  sendConsultation: {
    type: 'sendConsultation',
    date: late,
    consultationId: 'c9',
    consultedParty: 'otherAgency',
    partyName: '市财政局',
  },
  recordConsultationAnswer: {
    type: 'recordConsultationAnswer',
    date: late,
    consultationId: 'c1',
    hasObjection: false,
    summary: '同意公开',
  },
  recordConsultationLapse: { type: 'recordConsultationLapse', date: late, consultationId: 'c1' },
  sendFeeNotice: {
    type: 'sendFeeNotice',
    date: late,
    method: { kind: 'perRequest', requestNumberInMonth: 12 },
  },
  recordFeePayment: { type: 'recordFeePayment', date: late },
  deemAbandonedForFee: { type: 'deemAbandonedForFee', date: late },
  approveExtension: { type: 'approveExtension', date: late, workingDays: 10, reason: '需要调取档案' },
  setLaterDeadline: {
    type: 'setLaterDeadline',
    date: late,
    dueDate: '2025-07-31',
    reason: '申请数量明显超过合理范围',
  },
  proposeDecision: { type: 'proposeDecision', date: late, decision: notHeldDecision },
  returnDecision: { type: 'returnDecision', date: late, reason: '理由不充分' },
  approveDecision: { type: 'approveDecision', date: late },
  recordDelivery: { type: 'recordDelivery', date: late, method: 'electronic' },
  close: { type: 'close', date: late },
  withdraw: { type: 'withdraw', date: late, reason: '申请人撤回' },
};
const commandTypes = Object.keys(sampleCommands) as CaseCommandType[];

const states: Array<[CaseStatus | 'initial', CaseState | null]> = [
  ['initial', null],
  ...caseStatuses.map((status): [CaseStatus, CaseState] => [status, buildCaseInStatus(status)]),
];

function attempt(state: CaseState | null, commandType: CaseCommandType, roles: readonly LifecycleRole[]) {
  return applyTransition({
    state,
    command: sampleCommands[commandType],
    roles,
    now: factoryNow,
    calendar: factoryCalendar,
  });
}

describe('the factories', () => {
  it.each(caseStatuses)('build a case in status %s', (status) => {
    expect(buildCaseInStatus(status).status).toBe(status);
  });
});

describe('every forbidden transition is refused, every allowed one passes the status check', () => {
  for (const commandType of commandTypes) {
    for (const [status, state] of states) {
      const allowed = allowedFrom[commandType];
      const isAllowed =
        allowed === 'initial' ? status === 'initial' : status !== 'initial' && allowed.includes(status);
      it(`${commandType} from ${status}: ${isAllowed ? 'allowed' : 'refused'}`, () => {
        const result = attempt(state, commandType, ['caseHandler', 'officeHead']);
        if (isAllowed) {
          if (!result.isAccepted) expect(['wrongStatus', 'roleNotAllowed']).not.toContain(result.code);
        } else {
          expect(result).toMatchObject({ isAccepted: false, code: 'wrongStatus' });
        }
      });
    }
  }

  it('says why in Chinese', () => {
    const result = attempt(buildCaseInStatus('closed'), 'withdraw', ['caseHandler']);
    expect(result).toEqual({
      isAccepted: false,
      code: 'wrongStatus',
      message: '申请当前状态为“已办结归档”，不能登记撤回申请',
    });
    expect(attempt(null, 'approveDecision', ['officeHead'])).toMatchObject({
      message: '申请尚未登记，不能审批同意答复',
    });
    expect(attempt(buildCaseInStatus('registered'), 'register', ['caseHandler'])).toMatchObject({
      message: '该申请已经登记',
    });
  });
});

describe('every role check', () => {
  const firstAllowedState = (commandType: CaseCommandType): CaseState | null => {
    const allowed = allowedFrom[commandType];
    return allowed === 'initial' ? null : buildCaseInStatus(allowed[0] ?? 'registered');
  };

  for (const commandType of commandTypes) {
    const isHeadOnly = officeHeadOnly.includes(commandType);
    it(`${commandType}: ${isHeadOnly ? 'office head only' : 'case handler or office head'}${portalAllowed.includes(commandType) ? ', or the portal' : ''}`, () => {
      const state = firstAllowedState(commandType);
      const refusedFor = (roles: LifecycleRole[]) => {
        const result = attempt(state, commandType, roles);
        return !result.isAccepted && result.code === 'roleNotAllowed';
      };
      expect(refusedFor(['officeHead'])).toBe(false);
      expect(refusedFor(['caseHandler'])).toBe(isHeadOnly);
      expect(refusedFor(['portal'])).toBe(!portalAllowed.includes(commandType));
      expect(refusedFor(['reviewer1', 'contributor'])).toBe(true);
      expect(refusedFor(['agencyAdmin', 'systemAdmin', 'supervisor'])).toBe(true);
      expect(refusedFor([])).toBe(true);
    });
  }

  it('names the role that may act', () => {
    const result = attempt(buildCaseInStatus('awaitingApproval'), 'approveDecision', ['caseHandler']);
    expect(result).toEqual({
      isAccepted: false,
      code: 'roleNotAllowed',
      message: '只有负责人可以审批同意答复',
    });
    expect(attempt(buildCaseInStatus('registered'), 'approveExtension', ['caseHandler'])).toMatchObject({
      message: '只有负责人可以批准延期答复',
    });
  });
});

describe('availableCommands', () => {
  it('offers registration before there is a case', () => {
    expect(availableCommands({ state: null, roles: ['caseHandler'] })).toEqual(['register']);
    expect(availableCommands({ state: null, roles: ['portal'] })).toEqual(['register']);
    expect(availableCommands({ state: null, roles: ['reviewer1'] })).toEqual([]);
  });

  it('offers a case handler and an office head their actions on a registered case', () => {
    const state = buildCaseInStatus('registered');
    expect(availableCommands({ state, roles: ['caseHandler'] })).toEqual([
      'correctApplicantType',
      'requestClarification',
      'sendConsultation',
      'sendFeeNotice',
      'proposeDecision',
      'withdraw',
    ]);
    expect(availableCommands({ state, roles: ['officeHead'] })).toEqual([
      'correctApplicantType',
      'requestClarification',
      'sendConsultation',
      'sendFeeNotice',
      'approveExtension',
      'setLaterDeadline',
      'proposeDecision',
      'withdraw',
    ]);
    expect(availableCommands({ state, roles: ['portal'] })).toEqual(['withdraw']);
  });

  it('offers the approval to the office head only', () => {
    const state = buildCaseInStatus('awaitingApproval');
    expect(availableCommands({ state, roles: ['officeHead'] })).toEqual([
      'correctApplicantType',
      'approveExtension',
      'setLaterDeadline',
      'returnDecision',
      'approveDecision',
      'withdraw',
    ]);
    expect(availableCommands({ state, roles: ['caseHandler'] })).toEqual([
      'correctApplicantType',
      'withdraw',
    ]);
  });

  it('does not offer a second clarification notice or fee notice', () => {
    expect(availableCommands({ state: buildCaseInStatus('inProgress'), roles: ['caseHandler'] })).toEqual([
      'correctApplicantType',
      'sendConsultation',
      'sendFeeNotice',
      'proposeDecision',
      'withdraw',
    ]);
  });

  it('offers only the applicant type correction on a closed case', () => {
    expect(
      availableCommands({ state: buildCaseInStatus('closed'), roles: ['officeHead', 'caseHandler'] }),
    ).toEqual(['correctApplicantType']);
    expect(availableCommands({ state: buildCaseInStatus('withdrawn'), roles: ['portal'] })).toEqual([]);
  });

  it('agrees with applyTransition on status and role for every case and role set', () => {
    const roleSets: LifecycleRole[][] = [['caseHandler'], ['officeHead'], ['portal'], ['reviewer1']];
    for (const [, state] of states) {
      for (const roles of roleSets) {
        const offered = availableCommands({ state, roles });
        for (const commandType of commandTypes) {
          const result = attempt(state, commandType, roles);
          const isRefusedByTable =
            !result.isAccepted && (result.code === 'wrongStatus' || result.code === 'roleNotAllowed');
          if (offered.includes(commandType))
            expect(isRefusedByTable, `${state?.status} ${commandType} ${roles}`).toBe(false);
          else expect(result.isAccepted, `${state?.status} ${commandType} ${roles}`).toBe(false);
        }
      }
    }
  });
});
