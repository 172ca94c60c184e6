import type { CaseCommandType } from './case-command.ts';
import { caseStatuses, type CaseStatus } from './case-status.ts';
import type { LifecycleRole } from './lifecycle-role.ts';

/**
 * One row per command: the statuses it may leave (`initial` = no case yet), the roles that may
 * give it, and the statuses it may lead to (`unchanged` when it keeps the status). The rules that
 * need the command's data or the calendar live in `checkCommand`; the resulting status in
 * `applyCaseEvent`. Tests check that every accepted transition lands in `to`.
 */
export type TransitionRule = {
  /** Chinese name of the action, for buttons and messages. */
  label: string;
  from: readonly CaseStatus[] | 'initial';
  roles: readonly LifecycleRole[];
  to: readonly CaseStatus[] | 'unchanged';
};

const handlers: readonly LifecycleRole[] = ['caseHandler', 'officeHead'];
/** Art. 33 para 2: extensions; decision approval (rules.md §2, issue 4). */
const officeHead: readonly LifecycleRole[] = ['officeHead'];
const handlersOrPortal: readonly LifecycleRole[] = ['caseHandler', 'officeHead', 'portal'];

const beforeDecision: readonly CaseStatus[] = [
  'registered',
  'inProgress',
  'awaitingClarification',
  'consulting',
  'awaitingFeePayment',
  'awaitingApproval',
];
/** Statuses in which the reply period runs (or is paused) and can still be moved. */
const clockMovable: readonly CaseStatus[] = [
  'registered',
  'inProgress',
  'consulting',
  'awaitingFeePayment',
  'awaitingApproval',
];
const handling: readonly CaseStatus[] = ['registered', 'inProgress'];

export const transitionTable: Record<CaseCommandType, TransitionRule> = {
  register: { label: '登记申请', from: 'initial', roles: handlersOrPortal, to: ['registered'] },
  // rules.md §2: staff may correct the type at any time; it moves the request's report column.
  correctApplicantType: {
    label: '更正申请人类型',
    from: caseStatuses,
    roles: handlers,
    to: 'unchanged',
  },
  requestClarification: {
    label: '发出补正通知',
    from: handling,
    roles: handlers,
    to: ['awaitingClarification'],
  },
  receiveClarification: {
    label: '登记收到补正',
    from: ['awaitingClarification'],
    roles: handlers,
    to: ['inProgress'],
  },
  deemAbandonedForClarification: {
    label: '逾期未补正，视为放弃',
    from: ['awaitingClarification'],
    roles: handlers,
    to: ['deemedAbandoned'],
  },
  sendConsultation: {
    label: '发出征求意见函',
    from: [...handling, 'consulting'],
    roles: handlers,
    to: ['consulting'],
  },
  recordConsultationAnswer: {
    label: '登记收到意见',
    from: ['consulting'],
    roles: handlers,
    to: ['consulting', 'inProgress'],
  },
  recordConsultationLapse: {
    label: '征求意见期满未答复',
    from: ['consulting'],
    roles: handlers,
    to: ['consulting', 'inProgress'],
  },
  sendFeeNotice: { label: '发出收费通知', from: handling, roles: handlers, to: ['awaitingFeePayment'] },
  recordFeePayment: {
    label: '登记缴费',
    from: ['awaitingFeePayment'],
    roles: handlers,
    to: ['inProgress'],
  },
  deemAbandonedForFee: {
    label: '逾期未缴费，视为放弃',
    from: ['awaitingFeePayment'],
    roles: handlers,
    to: ['deemedAbandoned'],
  },
  approveExtension: { label: '批准延期答复', from: clockMovable, roles: officeHead, to: 'unchanged' },
  setLaterDeadline: {
    label: '确定延迟答复期限（第三十五条）',
    from: clockMovable,
    roles: officeHead,
    to: 'unchanged',
  },
  proposeDecision: { label: '提交答复意见', from: handling, roles: handlers, to: ['awaitingApproval'] },
  returnDecision: {
    label: '退回答复意见',
    from: ['awaitingApproval'],
    roles: officeHead,
    to: ['inProgress'],
  },
  approveDecision: { label: '审批同意答复', from: ['awaitingApproval'], roles: officeHead, to: ['decided'] },
  recordDelivery: { label: '登记送达', from: ['decided'], roles: handlers, to: ['delivered'] },
  close: { label: '办结归档', from: ['delivered'], roles: handlers, to: ['closed'] },
  withdraw: { label: '登记撤回申请', from: beforeDecision, roles: handlersOrPortal, to: ['withdrawn'] },
};

export const caseCommandTypes = Object.keys(transitionTable) as CaseCommandType[];
