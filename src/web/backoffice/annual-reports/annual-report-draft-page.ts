import {
  csrfField,
  errorSummary,
  inputField,
  selectField,
  textareaField,
  type FormState,
} from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import { findingList } from '../reports/imported-report-page.ts';
import type { StaffSession } from '../staff-session.ts';
import type { DraftEditorView } from './annual-report-draft-view.ts';
import { annualReportDraftHref, annualReportsHref } from './annual-report-links.ts';

function versionField(view: DraftEditorView): SafeHtml {
  return html`<input type="hidden" name="version" value="${String(view.version)}" />`;
}

function fieldLabels(view: DraftEditorView): Record<string, string> {
  const labels: Record<string, string> = { overrideCellKey: '要更改的单元格', overrideValue: '更改后的值' };
  for (const section of view.sections) labels[section.key] = section.label;
  for (const block of view.tableTwo)
    for (const cell of block.cells) labels[cell.cellKey] = `表二 ${cell.label}`;
  for (const override of view.overrides) labels[override.cellKey] = override.label;
  return labels;
}

function summarySentence(view: DraftEditorView): string {
  const overrides = view.overrides.length > 0 ? `人工改动计算值 ${view.overrides.length} 处。` : '';
  return `核对结果：硬性错误 ${view.hardCount} 项，提示 ${view.softCount} 项。${overrides}${view.previousSentence}`;
}

function recomputedNotice(view: DraftEditorView): SafeHtml {
  if (view.recomputedChanges === null) return html``;
  if (view.recomputedChanges.length === 0)
    return html`<div class="notice notice--success" role="status">
      已重新计算表三、表四，计算值没有变化。
    </div>`;
  return html`<div class="notice notice--success" role="status">
    <p>
      已重新计算表三、表四，以下 ${view.recomputedChanges.length} 个计算值发生了变化（人工填写的值未改动）：
    </p>
    <ul>
      ${view.recomputedChanges.map((change) => html`<li>${change.label}：${change.before || '空白'} → ${change.after}</li>`)}
    </ul>
  </div>`;
}

function sectionsForm(options: { view: DraftEditorView; state: FormState; csrfToken: string }): SafeHtml {
  const { view, state } = options;
  return html`<section aria-labelledby="sections-title">
    <h2 id="sections-title">报告正文（六个部分）</h2>
    ${findingList({ findings: view.generalFindings, emptyText: '正文结构与文字中的数字未发现问题。' })}
    <form
      method="post"
      action="${annualReportDraftHref(view.agency.slug, view.year, 'sections')}"
      class="form"
      novalidate
    >
      ${csrfField(options.csrfToken)} ${versionField(view)}
      ${view.sections.map((section) =>
        textareaField({ name: section.key, label: section.label, state, rows: 8, maxLength: 20000 }),
      )}
      <div class="form-actions"><button type="submit" class="button">保存正文</button></div>
    </form>
  </section>`;
}

/** Table 二 inputs keep the text keyboard on phones: "/" and decimals must be typeable. */
function tableTwoForm(options: { view: DraftEditorView; state: FormState; csrfToken: string }): SafeHtml {
  const { view, state } = options;
  return html`<section aria-labelledby="table-two-title">
    <h2 id="table-two-title">表二 主动公开政府信息情况（人工填写）</h2>
    <p class="muted">
      件数填非负整数，没有的填 0；本机关不适用的填“/”；收费金额单位为万元。留空表示尚未填写，不能发布。
    </p>
    <form
      method="post"
      action="${annualReportDraftHref(view.agency.slug, view.year, 'cells')}"
      class="form"
      novalidate
    >
      ${csrfField(options.csrfToken)} ${versionField(view)}
      ${view.tableTwo.map(
        (block) =>
          html`<fieldset class="form-section">
            <legend>${block.caption}</legend>
            ${block.cells.map(
              (cell) =>
                html`${inputField({ name: cell.cellKey, label: cell.label, state, maxLength: 20 })}
                ${cell.findings.length > 0 ? findingList({ findings: cell.findings, emptyText: '' }) : ''}`,
            )}
          </fieldset>`,
      )}
      <div class="form-actions"><button type="submit" class="button">保存表二</button></div>
    </form>
  </section>`;
}

function overridesForm(options: { view: DraftEditorView; state: FormState; csrfToken: string }): SafeHtml {
  const { view, state } = options;
  return html`<form
    method="post"
    action="${annualReportDraftHref(view.agency.slug, view.year, 'cells')}"
    class="form"
    novalidate
  >
    ${csrfField(options.csrfToken)} ${versionField(view)}
    <h3>人工改动的计算值</h3>
    ${
      view.overrides.length === 0
        ? html`<p>没有人工改动的计算值。</p>`
        : view.overrides.map(
            (override) =>
              html`<div class="finding finding--error">
                ${inputField({ name: override.cellKey, label: override.label, state, inputMode: 'numeric', maxLength: 20 })}
                <p>${override.message}</p>
                <button
                  type="submit"
                  class="button button--secondary"
                  name="restoreCellKey"
                  value="${override.cellKey}"
                >
                  恢复计算值
                </button>
              </div>`,
          )
    }
    <fieldset class="form-section">
      <legend>更改一个计算值</legend>
      <p class="muted">办理记录不完整时可以人工改动计算值；改动会在核对结果中标出，并显示计算值。</p>
      ${selectField({
        name: 'overrideCellKey',
        label: '要更改的单元格',
        state,
        choices: view.overridableCells,
        emptyLabel: '（请选择）',
      })}
      ${inputField({ name: 'overrideValue', label: '更改后的值', state, inputMode: 'numeric', maxLength: 20 })}
    </fieldset>
    <div class="form-actions"><button type="submit" class="button">保存改动</button></div>
  </form>`;
}

function computedTablesSection(options: {
  view: DraftEditorView;
  state: FormState;
  csrfToken: string;
}): SafeHtml {
  const { view } = options;
  return html`<section aria-labelledby="computed-title">
    <h2 id="computed-title">表三、表四（按办理记录计算）</h2>
    <p class="muted">这两张表由平台按申请和复议、诉讼记录计算，只读；有问题的单元格以“⚠”和底色标出。</p>
    ${
      view.canManage
        ? html`<form
            method="post"
            action="${annualReportDraftHref(view.agency.slug, view.year, 'recompute')}"
            class="form"
          >
            ${csrfField(options.csrfToken)} ${versionField(view)}
            <button type="submit" class="button button--secondary">重新计算表三、表四</button>
          </form>`
        : ''
    }
    ${view.computedTables.map(
      (table) =>
        html`<h3>表${table.table}</h3>
          ${table.document}
          ${findingList({ findings: table.findings, emptyText: `表${table.table}未发现问题。` })}`,
    )}
    ${view.canManage ? overridesForm(options) : ''}
  </section>`;
}

/** The draft editor of a year: texts, table 二, tables 三/四 computed, findings beside what they concern. */
export function renderAnnualReportDraftPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: DraftEditorView;
  state: FormState;
  message?: string | undefined;
}): string {
  const { view, state } = options;
  const title = `${view.year}年度报告（草稿）`;
  const formOptions = { view, state, csrfToken: options.csrfToken };
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'annualReports',
    title: `${title} - ${view.agency.name}`,
    main: html`<p><a href="${annualReportsHref(view.agency.slug)}">返回各年度报告</a></p>
      <h1>${view.agency.name}${title}</h1>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: fieldLabels(view) })}
      ${recomputedNotice(view)}
      <dl class="details-list">
        ${view.details.map(
          (detail) =>
            html`<div class="details-list__row">
              <dt>${detail.label}</dt>
              <dd>${detail.value}</dd>
            </div>`,
        )}
      </dl>
      <p class="panel" role="status">${summarySentence(view)}</p>
      <ul class="action-list">
        <li><a href="${annualReportDraftHref(view.agency.slug, view.year, 'preview')}">预览全文</a></li>
        ${view.canPublish ? html`<li><a class="button" href="${annualReportDraftHref(view.agency.slug, view.year, 'publish')}">发布…</a></li>` : ''}
      </ul>
      ${
        view.canManage
          ? html`${sectionsForm(formOptions)} ${tableTwoForm(formOptions)}
            ${computedTablesSection(formOptions)}`
          : html`<section aria-labelledby="document-title" class="report-document">
              <h2 id="document-title">草稿全文与统计表</h2>
              ${view.document}
            </section>`
      }`,
  });
}
