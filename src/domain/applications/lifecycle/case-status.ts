/**
 * The statuses of a disclosure request case (architecture rule 5). Only `applyTransition` changes
 * a status; `transitionTable` lists which commands leave which status.
 */
export const caseStatuses = [
  'registered',
  'inProgress',
  'awaitingClarification',
  'consulting',
  'awaitingFeePayment',
  'awaitingApproval',
  'decided',
  'delivered',
  'closed',
  'withdrawn',
  'deemedAbandoned',
] as const;

export type CaseStatus = (typeof caseStatuses)[number];

export function caseStatusLabel(status: CaseStatus): string {
  switch (status) {
    case 'registered':
      return '已登记';
    case 'inProgress':
      return '办理中';
    case 'awaitingClarification':
      return '待申请人补正';
    case 'consulting':
      return '征求意见中';
    case 'awaitingFeePayment':
      return '待缴纳信息处理费';
    case 'awaitingApproval':
      return '答复待负责人审批';
    case 'decided':
      return '已作出答复，待送达';
    case 'delivered':
      return '已送达';
    case 'closed':
      return '已办结归档';
    case 'withdrawn':
      return '申请人已撤回';
    case 'deemedAbandoned':
      return '视为放弃申请';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** True once the request is concluded for the annual report (decision made, withdrawn or abandoned). */
export function isConcludedStatus(status: CaseStatus): boolean {
  switch (status) {
    case 'registered':
    case 'inProgress':
    case 'awaitingClarification':
    case 'consulting':
    case 'awaitingFeePayment':
    case 'awaitingApproval':
      return false;
    case 'decided':
    case 'delivered':
    case 'closed':
    case 'withdrawn':
    case 'deemedAbandoned':
      return true;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
