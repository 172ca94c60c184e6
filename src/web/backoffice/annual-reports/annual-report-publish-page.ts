import { csrfField, errorSummary, textareaField, type FormState } from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import { findingList } from '../reports/imported-report-page.ts';
import type { FindingView } from '../reports/findings-view.ts';
import type { StaffSession } from '../staff-session.ts';
import { annualReportDraftHref } from './annual-report-links.ts';

export type PublishView = {
  agency: { slug: string; name: string };
  year: number;
  version: number;
  /** The revision this publication would be (1 = first publication, more = a correction). */
  nextRevision: number;
  hardFindings: FindingView[];
  softFindings: FindingView[];
  overrideMessages: string[];
};

/** The confirmation before publishing (发布): what will be published and what remains to note. */
export function renderAnnualReportPublishPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: PublishView;
  state: FormState;
  message?: string | undefined;
}): string {
  const { view, state } = options;
  const isCorrection = view.nextRevision > 1;
  const heading = isCorrection
    ? `发布${view.year}年度报告更正版（第${view.nextRevision}版）`
    : `发布${view.year}年度报告`;
  const canPublish = view.hardFindings.length === 0;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'annualReports',
    title: `${heading} - ${view.agency.name}`,
    main: html`<p><a href="${annualReportDraftHref(view.agency.slug, view.year)}">返回草稿</a></p>
      <h1>${heading}</h1>
      ${errorSummary({ message: options.message, fieldErrors: {}, labels: {} })}
      ${
        canPublish
          ? html`<p>
              发布后，报告将在门户网站“年度报告”栏目公开${isCorrection ? '，并标明已更正及更正说明' : ''}。已发布的版本不能修改或删除，如有错误只能发布更正版。
            </p>`
          : html`<div class="notice notice--error" role="alert">
              仍有 ${view.hardFindings.length} 项硬性错误，不能发布。请返回草稿修改。
            </div>`
      }
      <section aria-labelledby="hard-title">
        <h2 id="hard-title">硬性错误</h2>
        ${findingList({ findings: view.hardFindings, emptyText: '没有硬性错误。' })}
      </section>
      <section aria-labelledby="soft-title">
        <h2 id="soft-title">提示（不影响发布，请确认）</h2>
        ${findingList({ findings: view.softFindings, emptyText: '没有提示。' })}
        ${
          view.overrideMessages.length > 0
            ? html`<ul>
                ${view.overrideMessages.map((text) => html`<li>${text}</li>`)}
              </ul>`
            : ''
        }
      </section>
      ${
        canPublish
          ? html`<form
              method="post"
              action="${annualReportDraftHref(view.agency.slug, view.year, 'publish')}"
              class="form"
              novalidate
            >
              ${csrfField(options.csrfToken)}
              <input type="hidden" name="version" value="${String(view.version)}" />
              ${
                isCorrection
                  ? textareaField({
                      name: 'correctionNote',
                      label: '更正说明',
                      hint: '说明更正了什么、为什么更正；将与报告一同公开。',
                      state,
                      rows: 4,
                      isRequired: true,
                      maxLength: 500,
                    })
                  : ''
              }
              <div class="form-actions">
                <button type="submit" class="button">${isCorrection ? '确认发布更正版' : '确认发布'}</button>
                <a href="${annualReportDraftHref(view.agency.slug, view.year)}">取消</a>
              </div>
            </form>`
          : ''
      }`,
  });
}
