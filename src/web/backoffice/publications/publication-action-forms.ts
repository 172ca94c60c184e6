import { validities, validityLabels } from '../../../domain/publications/catalogue-entry.ts';
import type { ReviewCommandType } from '../../../domain/publications/review-command.ts';
import { reviewTransitionTable } from '../../../domain/publications/review-transition-table.ts';
import type { PublicationItemDetails } from '../../../use-cases/publications/get-publication-item.ts';
import { csrfField } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import {
  commandInput,
  commandSelect,
  commandTextarea,
  type CommandFieldContext,
} from '../requests/command-fields.ts';
import { publicationActionHref, publicationHref } from './publication-links.ts';

/** The form actions in the URL, one per review command that has a form. */
export const publicationActions = [
  'submit',
  'sign-off',
  'return',
  'publish',
  'withdraw',
  'validity',
] as const;
export type PublicationAction = (typeof publicationActions)[number];

export function isPublicationAction(value: string): value is PublicationAction {
  return (publicationActions as readonly string[]).includes(value);
}

export const actionFields: Record<PublicationAction, readonly string[]> = {
  submit: ['personalInformationJustification'],
  'sign-off': ['opinion', 'isConfidentialityCleared'],
  return: ['reason'],
  publish: ['personalInformationJustification'],
  withdraw: ['reason'],
  validity: ['validity', 'effectiveOn', 'validUntil', 'validityEndedOn', 'repealingDocument'],
};

function actionOf(command: ReviewCommandType): PublicationAction | null {
  switch (command) {
    case 'submit':
      return 'submit';
    case 'approveFirstReview':
    case 'approveSecondReview':
    case 'approveFinalReview':
      return 'sign-off';
    case 'returnToContributor':
      return 'return';
    case 'publish':
      return 'publish';
    case 'withdraw':
      return 'withdraw';
    case 'changeValidity':
      return 'validity';
    case 'createDraft':
    case 'editDraft':
      return null;
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** A refused action: its form opens again with what was typed and the reason. */
export type FailedAction = { action: PublicationAction; values: Record<string, string>; message: string };

function justificationField(context: CommandFieldContext, findingCount: number): SafeHtml {
  if (findingCount === 0) return html`<p>个人信息检查未发现问题。</p>`;
  return commandTextarea(context, {
    name: 'personalInformationJustification',
    label: '公开个人信息的法律依据和理由',
    isRequired: true,
    hint: `检查发现${findingCount}处疑似个人信息（见上文）。确属依法应当公开的，写明依据；否则请退回修改。`,
  });
}

function fieldsOf(options: {
  command: ReviewCommandType;
  context: CommandFieldContext;
  details: PublicationItemDetails;
}): SafeHtml {
  const { command, context, details } = options;
  switch (command) {
    case 'submit':
      return justificationField(context, details.findings.length);
    case 'approveFirstReview': {
      const id = `${context.prefix}-isConfidentialityCleared`;
      return html`${commandTextarea(context, { name: 'opinion', label: '审核意见', isRequired: true })}
        <div class="checkbox">
          <input
            type="checkbox"
            id="${id}"
            name="isConfidentialityCleared"
            value="yes"
            ${context.values.isConfidentialityCleared === 'yes' ? html`checked` : ''}
          />
          <label for="${id}">已进行保密审查，拟公开的信息不涉及国家秘密（第十七条）</label>
        </div>`;
    }
    case 'approveSecondReview':
    case 'approveFinalReview':
      return commandTextarea(context, { name: 'opinion', label: '审核意见', isRequired: true });
    case 'returnToContributor':
      return commandTextarea(context, { name: 'reason', label: '退回理由', isRequired: true });
    case 'publish':
      return html`<p>发布时间为您点击“发布”的时间，不能倒签；索引号在发布时生成。</p>
        ${justificationField(context, details.findings.length)}`;
    case 'withdraw':
      return commandTextarea(context, { name: 'reason', label: '撤回理由', isRequired: true });
    case 'changeValidity':
      return html`${commandSelect(context, {
        name: 'validity',
        label: '有效性',
        isRequired: true,
        choices: validities.map((validity) => ({ value: validity, label: validityLabels[validity] })),
      })}
      ${commandInput(context, { name: 'effectiveOn', label: '施行日期', type: 'date' })}
      ${commandInput(context, { name: 'validUntil', label: '有效期至', type: 'date' })}
      ${commandInput(context, { name: 'validityEndedOn', label: '失效或废止日期', type: 'date' })}
      ${commandInput(context, { name: 'repealingDocument', label: '废止依据（文件名称或文号）', hint: '废止的必填' })}`;
    case 'createDraft':
    case 'editDraft':
      return html``;
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** One form per action the person may take now; each folded in a <details> (open when refused). */
export function renderPublicationActionForms(options: {
  slug: string;
  details: PublicationItemDetails;
  csrfToken: string;
  failed?: FailedAction | undefined;
}): SafeHtml {
  const { slug, details, failed } = options;
  const { item } = details;
  const defaults: Record<string, string> = {
    validity: item.validity,
    effectiveOn: item.effectiveOn ?? '',
    validUntil: item.validUntil ?? '',
    validityEndedOn: item.validityEndedOn ?? '',
    repealingDocument: item.repealingDocument,
  };
  const forms = details.availableCommands.map((command) => {
    if (command === 'editDraft') {
      return html`<p>
        <a class="button button--secondary" href="${publicationHref(slug, item.itemId, 'edit')}">修改条目</a>
      </p>`;
    }
    const action = actionOf(command);
    if (action === null) return html``;
    const isFailed = failed?.action === action;
    const context: CommandFieldContext = {
      prefix: `action-${action}`,
      values: isFailed ? failed.values : action === 'validity' ? defaults : {},
    };
    const label = reviewTransitionTable[command].label;
    return html`<details class="command-form" id="action-${action}" ${isFailed ? html`open` : ''}>
      <summary>${label}</summary>
      ${isFailed ? html`<p class="field__error" role="alert">${failed.message}</p>` : ''}
      <form method="post" action="${publicationActionHref(slug, item.itemId, action)}" class="form">
        ${csrfField(options.csrfToken)}
        <input type="hidden" name="expectedVersion" value="${item.version}" />
        ${fieldsOf({ command, context, details })}
        <div class="form-actions"><button type="submit" class="button">${label}</button></div>
      </form>
    </details>`;
  });
  if (forms.length === 0) return html`<p class="muted">您目前没有可对本条目办理的操作。</p>`;
  return html`${forms}`;
}
