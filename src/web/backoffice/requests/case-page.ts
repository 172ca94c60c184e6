import { html, type SafeHtml } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { renderAppeals, type AppealFailure } from './appeal-forms.ts';
import { renderCaseAttachments, type AttachmentFailure } from './case-attachments-section.ts';
import type { CasePageView, LabelledValue } from './case-page-view.ts';
import { renderCommandForms } from './command-forms.ts';
import { caseHref } from './request-links.ts';

function detailsList(rows: LabelledValue[], id?: string): SafeHtml {
  return html`<dl class="details-list" ${id ? html`id="${id}"` : ''}>
    ${rows.map(
      (row) =>
        html`<div class="details-list__row">
          <dt>${row.label}</dt>
          <dd>${row.value}</dd>
        </div>`,
    )}
  </dl>`;
}

function deadlinesSection(view: CasePageView): SafeHtml {
  const { deadlines } = view;
  return html`<section class="panel panel--spaced" aria-labelledby="deadlines-title" id="deadlines">
    <h2 id="deadlines-title">期限</h2>
    ${view.calendarWarning ? html`<div class="notice notice--error" role="alert">${view.calendarWarning}</div>` : ''}
    ${
      deadlines
        ? html`<dl class="details-list">
              <div class="details-list__row">
                <dt>答复期限</dt>
                <dd>
                  ${
                    deadlines.replyDue
                      ? html`<strong id="reply-due-date">${deadlines.replyDue.dateLabel}</strong>
                          <span
                            class="${deadlines.replyDue.tone === 'overdue' ? 'due--overdue' : deadlines.replyDue.tone === 'soon' ? 'due--soon' : ''}"
                            >${deadlines.replyDue.remainingLabel}</span
                          >${deadlines.isProvisional ? '（暂定，征求意见答复后可能提前）' : ''}`
                      : html`<span class="muted">—</span>`
                  }
                </dd>
              </div>
              ${
                deadlines.conclusionLabel
                  ? html`<div class="details-list__row">
                      <dt>计时终止</dt>
                      <dd id="clock-stopped-on">${deadlines.conclusionLabel}</dd>
                    </div>`
                  : ''
              }
              <div class="details-list__row">
                <dt>计时状态</dt>
                <dd id="clock-state">${deadlines.clockStateReason}</dd>
              </div>
            </dl>
            ${
              deadlines.obligations.length > 0
                ? html`<h3>待办期限</h3>
                    <ul id="obligations">
                      ${deadlines.obligations.map(
                        (obligation) =>
                          html`<li>
                            ${obligation.description}：<strong>${obligation.dueDateLabel}</strong>
                            <span class="muted">（${obligation.legalBasis}）</span>
                            ${obligation.isOverdue ? html`<span class="due--overdue">已超期</span>` : ''}
                          </li>`,
                      )}
                    </ul>`
                : ''
            }
            ${
              deadlines.warnings.length > 0
                ? html`<div class="notice notice--error" role="note">
                    <ul>
                      ${deadlines.warnings.map((warning) => html`<li>${warning}</li>`)}
                    </ul>
                  </div>`
                : ''
            }
            <details>
              <summary>期限计算说明（跳过了哪些日期、原因）</summary>
              <ol id="deadline-explanation">
                ${deadlines.explanation.map((line) => html`<li>${line}</li>`)}
              </ol>
            </details>`
        : ''
    }
  </section>`;
}

function decisionSection(decision: NonNullable<CasePageView['decision']>): SafeHtml {
  return html`<section class="panel panel--spaced" aria-labelledby="decision-title">
    <h2 id="decision-title">${decision.stageLabel}</h2>
    ${detailsList([
      { label: '办理结果', value: decision.outcomeLabel },
      { label: '法律依据', value: decision.legalBasis },
      ...(decision.reasons ? [{ label: '理由', value: decision.reasons }] : []),
      ...(decision.publishedLocation ? [{ label: '获取途径', value: decision.publishedLocation }] : []),
    ])}
    ${
      decision.itemsProvided.length > 0
        ? html`<h3>提供的信息</h3>
            <ul>
              ${decision.itemsProvided.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : ''
    }
    ${
      decision.itemsWithheld.length > 0
        ? html`<h3>不予公开的部分及理由</h3>
            <ul>
              ${decision.itemsWithheld.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : ''
    }
    ${
      decision.itemResults.length > 0
        ? html`<h3>分项办理结果</h3>
            <ol id="item-results">
              ${decision.itemResults.map(
                (item) =>
                  html`<li>
                    ${item.description}：<strong>${item.outcomeLabel}</strong>
                    ${
                      item.details.length > 0
                        ? html`<ul>
                            ${item.details.map((detail) => html`<li>${detail}</li>`)}
                          </ul>`
                        : ''
                    }
                  </li>`,
              )}
            </ol>`
        : ''
    }
  </section>`;
}

function sameApplicantSection(sameApplicant: NonNullable<CasePageView['sameApplicant']>): SafeHtml {
  return html`<section aria-labelledby="same-applicant-title" id="same-applicant">
    <h2 id="same-applicant-title">同一申请人${sameApplicant.monthLabel}的其他申请</h2>
    <p class="field__hint">
      供判断是否属于重复申请（第三十六条第（六）项）、数量或频次明显超过合理范围（第三十五条），以及按件计收信息处理费时的件数。该申请人共有其他申请${sameApplicant.allOtherCount}件。
    </p>
    ${
      sameApplicant.inSameMonth.length === 0
        ? html`<p>本月没有其他申请。</p>`
        : html`<ul class="link-list">
            ${sameApplicant.inSameMonth.map(
              (other) =>
                html`<li>
                  <a href="${caseHref(other.caseNumber)}">${other.caseNumber}</a> ${other.receivedOnLabel}
                  ${other.title} <span class="muted">${other.statusLabel}</span>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** One disclosure request for staff: facts, deadlines with their explanation, the steps allowed now. */
export function renderCasePage(options: {
  session: StaffSession;
  csrfToken: string;
  view: CasePageView;
  notice?: Notice | undefined;
  appealFailure?: AppealFailure | undefined;
  attachmentFailure?: AttachmentFailure | undefined;
  /** The case's letters (`renderCaseLetters`); absent for a role that cannot see them. */
  letters?: SafeHtml | undefined;
}): string {
  const { view } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'requests',
    title: `申请 ${view.caseNumber}`,
    notice: options.notice,
    main: html`<p><a href="/admin/requests">← 返回办理列表</a></p>
      <h1>申请 ${view.caseNumber}</h1>
      <p class="lead"><span id="case-status">${view.statusLabel}</span> · ${view.phaseLabel}</p>
      ${detailsList(view.summary)} ${deadlinesSection(view)}
      <section aria-labelledby="actions-title" id="actions" class="case-actions">
        <h2 id="actions-title">办理操作</h2>
        ${renderCommandForms({ view: view.commandForms, csrfToken: options.csrfToken })}
      </section>
      ${view.decision ? decisionSection(view.decision) : ''} ${options.letters ?? ''}
      <section aria-labelledby="information-title">
        <h2 id="information-title">所需政府信息</h2>
        ${detailsList(view.information)}
        ${
          view.items.length > 0
            ? html`<h3>申请事项</h3>
                <ol>
                  ${view.items.map((item) => html`<li>${item}</li>`)}
                </ol>`
            : ''
        }
      </section>
      <section aria-labelledby="applicant-title">
        <h2 id="applicant-title">申请人</h2>
        ${
          view.applicant
            ? detailsList(view.applicant, 'applicant-details')
            : html`<p class="muted" id="applicant-hidden">您的角色不能查看申请人的个人信息。</p>`
        }
      </section>
      ${
        view.attachments
          ? renderCaseAttachments({
              caseNumber: view.caseNumber,
              attachments: view.attachments,
              canAdd: view.canAddAttachments,
              csrfToken: options.csrfToken,
              failure: options.attachmentFailure,
            })
          : ''
      }
      ${view.sameApplicant ? sameApplicantSection(view.sameApplicant) : ''}
      ${renderAppeals({
        caseNumber: view.caseNumber,
        appeals: view.appeals,
        csrfToken: options.csrfToken,
        failure: options.appealFailure,
      })}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">办理记录</h2>
        <ol class="timeline" id="timeline">
          ${view.timeline.map(
            (entry) =>
              html`<li>
                <strong>${entry.dateLabel} ${entry.title}</strong
                >${entry.details ? html`：${entry.details}` : ''} <br /><span class="muted"
                  >${entry.actorLabel}，记录于${entry.recordedAtLabel}</span
                >
              </li>`,
          )}
        </ol>
      </section>`,
  });
}
