import type { ConsultationCommandType } from './consultation-command.ts';
import type { ConsultationStatus } from './consultation-status.ts';

/**
 * The ONE transition table of a public consultation: per command, the statuses it may leave
 * (`initial` = no consultation yet) and where it leads (`unchanged` keeps the status). Who may give
 * the commands is the policy's `consultation.manage`; the rules that need dates live in
 * `applyConsultationCommand`.
 */
export type ConsultationTransitionRule = {
  /** Chinese name of the action, for buttons and messages. */
  label: string;
  from: readonly ConsultationStatus[] | 'initial';
  to: ConsultationStatus | 'unchanged';
};

export const consultationTransitionTable: Record<ConsultationCommandType, ConsultationTransitionRule> = {
  create: { label: '新建征求意见', from: 'initial', to: 'draft' },
  // The draft text and period are fixed once the public can read and comment on them.
  edit: { label: '修改', from: ['draft'], to: 'unchanged' },
  open: { label: '发布征求意见', from: ['draft'], to: 'open' },
  close: { label: '结束征求意见', from: ['open'], to: 'closed' },
  withdraw: { label: '撤回', from: ['draft', 'open'], to: 'withdrawn' },
  publishFeedback: { label: '发布意见采纳情况反馈', from: ['closed'], to: 'feedbackPublished' },
};

export const consultationCommandTypes = Object.keys(consultationTransitionTable) as ConsultationCommandType[];
