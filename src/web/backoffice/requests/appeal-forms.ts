import {
  appealKindLabels,
  appealKinds,
  appealResultLabels,
  appealResults,
} from '../../../use-cases/appeal-cases/appeal-case-input.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { commandInput, commandSelect, type CommandFieldContext } from './command-fields.ts';
import type { CasePageView } from './case-page-view.ts';
import { caseHref } from './request-links.ts';

const kindChoices = appealKinds.map((kind) => ({ value: kind, label: appealKindLabels[kind] }));
const resultChoices = appealResults.map((result) => ({ value: result, label: appealResultLabels[result] }));

export type AppealFailure = { appealCaseId: string | null; values: Record<string, string>; message: string };

/** 行政复议 / 行政诉讼 about this request (table 四): the list, record and update forms. */
export function renderAppeals(options: {
  caseNumber: string;
  appeals: CasePageView['appeals'];
  csrfToken: string;
  failure?: AppealFailure | undefined;
}): SafeHtml {
  const { appeals, failure } = options;
  const failureFor = (appealCaseId: string | null) =>
    failure && failure.appealCaseId === appealCaseId ? failure : undefined;
  const recordFailure = failureFor(null);
  const recordContext: CommandFieldContext = {
    prefix: 'appeal-new',
    values: recordFailure?.values ?? { isCountedByThisAgency: 'yes', result: 'pending' },
  };
  return html`<section aria-labelledby="appeals-title">
    <h2 id="appeals-title">行政复议和行政诉讼</h2>
    ${
      appeals.cases.length === 0
        ? html`<p>暂无。</p>`
        : html`<ul class="link-list">
            ${appeals.cases.map((appeal) => {
              const updateFailure = failureFor(appeal.appealCaseId);
              const context: CommandFieldContext = {
                prefix: `appeal-${appeal.appealCaseId}`,
                values: updateFailure?.values ?? { result: appeal.result, closedOn: appeal.closedOn ?? '' },
              };
              return html`<li>
                <strong>${appeal.kindLabel}</strong>
                ${appeal.reference}（${appeal.filedOnLabel}立案）：${appeal.resultLabel}${appeal.closedOnLabel ? html`，${appeal.closedOnLabel}审结` : ''}
                ${appeal.isCountedByThisAgency ? '' : html`<span class="muted">（本机关为复议机关共同被告，不计入本机关统计）</span>`}
                ${
                  appeals.canRecord
                    ? html`<details class="command-form" ${updateFailure ? html`open` : ''}>
                        <summary>更新审理结果</summary>
                        ${updateFailure ? html`<div class="error-summary" role="alert"><p>${updateFailure.message}</p></div>` : ''}
                        <form
                          method="post"
                          action="${caseHref(options.caseNumber, `/appeals/${appeal.appealCaseId}`)}"
                          class="form"
                          novalidate
                        >
                          <input type="hidden" name="_csrf" value="${options.csrfToken}" />
                          <input type="hidden" name="expectedVersion" value="${appeal.version}" />
                          ${commandSelect(context, { name: 'result', label: '审理结果', isRequired: true, choices: resultChoices })}
                          ${commandInput(context, { name: 'closedOn', label: '审结日期', type: 'date', hint: '尚未审结的留空。' })}
                          <div class="form-actions"><button type="submit" class="button">保存</button></div>
                        </form>
                      </details>`
                    : ''
                }
              </li>`;
            })}
          </ul>`
    }
    ${
      appeals.canRecord
        ? html`<details class="command-form" ${recordFailure ? html`open` : ''}>
            <summary>登记行政复议或行政诉讼</summary>
            ${recordFailure ? html`<div class="error-summary" role="alert"><p>${recordFailure.message}</p></div>` : ''}
            <form method="post" action="${caseHref(options.caseNumber, '/appeals')}" class="form" novalidate>
              <input type="hidden" name="_csrf" value="${options.csrfToken}" />
              ${commandSelect(recordContext, { name: 'kind', label: '案件类型', isRequired: true, choices: kindChoices, emptyLabel: '请选择' })}
              ${commandInput(recordContext, { name: 'reference', label: '案号' })}
              ${commandInput(recordContext, { name: 'filedOn', label: '立案（申请）日期', type: 'date', isRequired: true })}
              ${commandSelect(recordContext, { name: 'result', label: '审理结果', isRequired: true, choices: resultChoices })}
              ${commandInput(recordContext, { name: 'closedOn', label: '审结日期', type: 'date', hint: '尚未审结的留空。' })}
              ${commandSelect(recordContext, {
                name: 'isCountedByThisAgency',
                label: '是否计入本机关统计',
                choices: [
                  { value: 'yes', label: '计入' },
                  { value: 'no', label: '不计入（本机关仅为复议机关共同被告，国办公开办函〔2016〕201号）' },
                ],
              })}
              <div class="form-actions"><button type="submit" class="button">登记</button></div>
            </form>
          </details>`
        : ''
    }
  </section>`;
}
