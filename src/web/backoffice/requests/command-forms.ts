import { applicantTypeLabel, applicantTypes } from '../../../domain/applications/applicant/applicant-type.ts';
import type { CaseCommandType } from '../../../domain/applications/lifecycle/case-command.ts';
import { deliveryMethodLabels } from '../../../domain/applications/lifecycle/case-event.ts';
import { transitionTable } from '../../../domain/applications/lifecycle/transition-table.ts';
import { selectableOutcomes } from '../../../domain/applications/outcomes/outcomes.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { commandInput, commandSelect, commandTextarea, type CommandFieldContext } from './command-fields.ts';
import { caseHref } from './request-links.ts';

/** What a command form needs to know about the case. */
export type CommandFormsView = {
  caseNumber: string;
  version: number;
  today: string;
  commands: CaseCommandType[];
  /** Consultations still waiting for an answer (answer and lapse forms). */
  openConsultations: Array<{ consultationId: string; label: string }>;
  /** The id the next consultation letter gets. */
  nextConsultationId: string;
  /** The items of a multi-item request (the decision form asks one result each); empty otherwise. */
  items: Array<{ position: number; description: string }>;
  /** The office head's form: the original reply due date the extension must precede (Art. 33). */
  replyDueDateLabel: string | null;
  /** Values a form starts with besides today's date (e.g. the request's ordinal in the month for fees). */
  defaults?: Partial<Record<CaseCommandType, Record<string, string>>>;
  /** A refused command: its form opens again with what was typed and the reason. */
  failed?: { type: CaseCommandType; values: Record<string, string>; message: string } | undefined;
};

const yesNo = [
  { value: 'no', label: '无异议（或同意公开）' },
  { value: 'yes', label: '有异议（不同意公开）' },
];

const consultedParties = [
  { value: 'thirdParty', label: '第三方（第三十二条）' },
  { value: 'otherAgency', label: '其他行政机关（第三十四条）' },
];

const feeMethods = [
  { value: 'perRequest', label: '按件计收' },
  { value: 'perVolume', label: '按量计收' },
];

const deliveryChoices = (['handDelivery', 'post', 'electronic'] as const).map((method) => ({
  value: method,
  label: deliveryMethodLabels[method],
}));

const outcomeChoices = selectableOutcomes.map((outcome) => ({
  value: outcome.code,
  label: `${outcome.label}（${outcome.legalBasis ?? '无固定条款，请填写依据'}）`,
}));

/**
 * The decision form of a multi-item request (rules.md §3): one fieldset per item with its outcome
 * and what that outcome needs stated, then the one primary outcome table 三 counts.
 */
function multiItemDecisionFields(context: CommandFieldContext, view: CommandFormsView): SafeHtml {
  return html`${commandInput(context, { name: 'date', label: '拟答复日期', type: 'date', isRequired: true })}
    <p class="field__hint">本申请有${view.items.length}项内容，请逐项填写办理结果；答复告知书逐项列明。</p>
    ${view.items.map(
      (item) =>
        html`<fieldset class="form-section" id="${context.prefix}-item-${item.position}">
          <legend>第${item.position + 1}项：${item.description}</legend>
          ${commandSelect(context, { name: `itemOutcome-${item.position}`, label: '办理结果', isRequired: true, choices: outcomeChoices, emptyLabel: '请选择' })}
          ${commandTextarea(context, { name: `itemProvided-${item.position}`, label: '提供的信息或获取途径', hint: '予以公开、部分公开的写明提供的信息；已主动公开的写明获取途径。', rows: 2 })}
          ${commandTextarea(context, { name: `itemWithheld-${item.position}`, label: '不予公开的部分', hint: '部分公开的填写（第三十七条）。', rows: 2 })}
          ${commandTextarea(context, { name: `itemReason-${item.position}`, label: '理由', hint: '部分公开、不予公开、无法提供、不予处理的，须说明理由。', rows: 2 })}
        </fieldset>`,
    )}
    ${commandSelect(context, { name: 'outcomeCode', label: '主要办理结果（年度报告表三统计）', choices: outcomeChoices, emptyLabel: '按各项结果自动确定', hint: '一件申请在年度报告中只计一次。留空则自动确定：有部分公开的计“部分公开”，否则取各项结果中列在最前的一种；选择的必须是各项结果之一。' })}
    ${commandInput(context, { name: 'legalBasis', label: '法律依据', hint: '留空则使用主要办理结果的条款；各项结果的条款在答复告知书中逐项列明。' })}
    ${commandTextarea(context, { name: 'reasons', label: '总体说明', hint: '可选，写入答复告知书的理由部分。' })}`;
}

function commandFields(
  type: CaseCommandType,
  context: CommandFieldContext,
  view: CommandFormsView,
): SafeHtml {
  const date = (label = '日期') =>
    commandInput(context, { name: 'date', label, type: 'date', isRequired: true });
  const reason = (label: string) => commandTextarea(context, { name: 'reason', label, isRequired: true });
  const consultation = () =>
    commandSelect(context, {
      name: 'consultationId',
      label: '征求意见函',
      isRequired: true,
      choices: view.openConsultations.map((entry) => ({ value: entry.consultationId, label: entry.label })),
    });
  switch (type) {
    case 'register':
      return html``;
    case 'correctApplicantType':
      return html`${date()}
      ${commandSelect(context, {
        name: 'applicantType',
        label: '更正后的申请人类型',
        isRequired: true,
        choices: applicantTypes.map((value) => ({ value, label: applicantTypeLabel(value) })),
      })}
      ${reason('更正理由')}`;
    case 'requestClarification':
      return html`${date('补正通知发出日期')}
      ${commandTextarea(context, { name: 'whatToSupply', label: '需要补正的事项', isRequired: true, hint: '一次性写明需要申请人补充、更正的内容（第三十条）。' })}
      ${commandInput(context, { name: 'supplementWorkingDays', label: '补正期限（工作日）', type: 'number', min: 1, max: 60, hint: '留空则按本机关设置（默认15个工作日）。' })}`;
    case 'receiveClarification':
      return html`${date('收到补正申请之日')}
        <p class="field__hint">答复期限自收到补正之日起重新计算（第三十条）。</p>`;
    case 'deemAbandonedForClarification':
      return date('认定日期');
    case 'sendConsultation':
      return html`${date('征求意见函发出日期')}
        <input type="hidden" name="consultationId" value="${view.nextConsultationId}" />
        ${commandSelect(context, { name: 'consultedParty', label: '被征求意见方', isRequired: true, choices: consultedParties })}
        ${commandInput(context, { name: 'partyName', label: '名称', isRequired: true })}
        <p class="field__hint">征求意见期间（15个工作日）不计入答复期限。</p>`;
    case 'recordConsultationAnswer':
      return html`${date('收到意见之日')} ${consultation()}
      ${commandSelect(context, { name: 'hasObjection', label: '意见', isRequired: true, choices: yesNo })}
      ${commandTextarea(context, { name: 'summary', label: '意见摘要', isRequired: true })}`;
    case 'recordConsultationLapse':
      return html`${date('期满日期')} ${consultation()}`;
    case 'sendFeeNotice':
      return html`${date('收费通知发出日期')}
      ${commandSelect(context, { name: 'feeMethod', label: '收费方式', isRequired: true, choices: feeMethods })}
      ${commandInput(context, { name: 'requestNumberInMonth', label: '按件：本月第几件申请', type: 'number', min: 1 })}
      ${commandInput(context, { name: 'pageCount', label: '按量：页数', type: 'number', min: 1 })}
      ${commandInput(context, { name: 'applicantReceivedOn', label: '申请人收到通知之日', type: 'date', hint: '知道时填写；缴费期限自次日起算20个工作日。' })}`;
    case 'recordFeePayment':
      return date('缴费日期');
    case 'deemAbandonedForFee':
      return date('认定日期');
    case 'approveExtension':
      return html`${date('批准日期')}
      ${commandInput(context, { name: 'workingDays', label: '延长的工作日数', type: 'number', isRequired: true, min: 1, max: 20, hint: `最长20个工作日，须在原答复期限${view.replyDueDateLabel ? `（${view.replyDueDateLabel}）` : ''}届满前决定并告知申请人（第三十三条第二款）。` })}
      ${reason('延期理由')}`;
    case 'setLaterDeadline':
      return html`${date('决定日期')}
      ${commandInput(context, { name: 'dueDate', label: '确定的答复期限', type: 'date', isRequired: true })}
      ${reason('理由（第三十五条）')}`;
    case 'proposeDecision':
      if (view.items.length > 1) return multiItemDecisionFields(context, view);
      return html`${date('拟答复日期')}
      ${commandSelect(context, { name: 'outcomeCode', label: '办理结果', isRequired: true, choices: outcomeChoices, emptyLabel: '请选择' })}
      ${commandInput(context, { name: 'legalBasis', label: '法律依据', hint: '留空则使用所选结果括号中的条款；无固定条款的结果必须填写。' })}
      ${commandTextarea(context, { name: 'reasons', label: '理由', hint: '不予公开、无法提供、不予处理的，须说明理由。' })}
      ${commandTextarea(context, { name: 'itemsProvided', label: '提供的信息', hint: '予以公开、部分公开的，每行一项。' })}
      ${commandTextarea(context, { name: 'itemsWithheld', label: '不予公开的部分及理由', hint: '部分公开的，每行一项，格式“内容：理由”（第三十七条）。' })}
      ${commandInput(context, { name: 'publishedLocation', label: '已主动公开信息的获取途径', hint: '已主动公开的，写明网址或获取途径（第三十六条第（一）项）。' })}`;
    case 'returnDecision':
      return html`${date('退回日期')} ${reason('退回理由')}`;
    case 'approveDecision':
      return date('审批日期');
    case 'recordDelivery':
      return html`${date('送达日期')}
      ${commandSelect(context, { name: 'method', label: '送达方式', isRequired: true, choices: deliveryChoices })}`;
    case 'close':
      return date('归档日期');
    case 'withdraw':
      return html`${date('撤回日期')} ${reason('撤回说明')}`;
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/** One form per command the actor may give now, each folded in a <details> (open when refused). */
export function renderCommandForms(options: { view: CommandFormsView; csrfToken: string }): SafeHtml {
  const { view } = options;
  const forms = view.commands.filter((type) => type !== 'register');
  if (forms.length === 0) return html`<p>您在当前状态下没有可执行的办理操作。</p>`;
  return html`${forms.map((type) => {
    const failed = view.failed?.type === type ? view.failed : undefined;
    const context: CommandFieldContext = {
      prefix: `command-${type}`,
      values: failed?.values ?? { date: view.today, ...view.defaults?.[type] },
    };
    const label = transitionTable[type].label;
    return html`<details class="command-form" id="command-${type}" ${failed ? html`open` : ''}>
      <summary>${label}</summary>
      ${
        failed
          ? html`<div class="error-summary" role="alert">
              <p id="command-${type}-error">${failed.message}</p>
            </div>`
          : ''
      }
      <form method="post" action="${caseHref(view.caseNumber, `/commands/${type}`)}" class="form" novalidate>
        <input type="hidden" name="_csrf" value="${options.csrfToken}" />
        <input type="hidden" name="expectedVersion" value="${view.version}" />
        ${commandFields(type, context, view)}
        <div class="form-actions"><button type="submit" class="button">${label}</button></div>
      </form>
    </details>`;
  })}`;
}
