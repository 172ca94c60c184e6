import {
  adoptionLabels,
  adoptions,
  feedbackSentence,
} from '../../../domain/consultations/consultation-feedback.ts';
import { usualPeriodDays } from '../../../domain/consultations/consultation-period.ts';
import type { StaffCommentView } from '../../../use-cases/consultations/consultation-view.ts';
import type { StaffConsultationView } from '../../../use-cases/consultations/get-consultation.ts';
import { csrfField } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { portalConsultationHref } from '../../portal/consultations/consultation-portal-links.ts';
import {
  commentActionHref,
  consultationActionHref,
  consultationHref,
  consultationsHref,
} from './consultation-links.ts';

type PageContext = { slug: string; csrfToken: string; view: StaffConsultationView };

function versionFields(context: PageContext): SafeHtml {
  return html`${csrfField(context.csrfToken)}<input
      type="hidden"
      name="expectedVersion"
      value="${context.view.summary.version}"
    />`;
}

function actionButton(context: PageContext, options: { action: string; label: string }): SafeHtml {
  return html`<form
    method="post"
    action="${consultationActionHref(context.slug, context.view.summary.id, options.action)}"
    class="form form--inline"
  >
    ${versionFields(context)}
    <button type="submit" class="button">${options.label}</button>
  </form>`;
}

function actionsSection(context: PageContext): SafeHtml {
  const { summary } = context.view;
  const id = summary.id;
  const withdrawForm = html`<form
    method="post"
    action="${consultationActionHref(context.slug, id, 'withdraw')}"
    class="form"
  >
    ${versionFields(context)}
    <div class="field">
      <label for="field-withdraw-reason">撤回理由</label>
      <textarea id="field-withdraw-reason" name="reason" rows="2" required></textarea>
    </div>
    <button type="submit" class="button button--secondary">撤回</button>
  </form>`;
  switch (summary.status) {
    case 'draft':
      return html`<section aria-labelledby="actions-title" id="actions">
        <h2 id="actions-title">操作</h2>
        <p><a href="${consultationHref(context.slug, id, 'edit')}">修改</a></p>
        ${actionButton(context, { action: 'open', label: '发布征求意见' })} ${withdrawForm}
      </section>`;
    case 'open':
      return html`<section aria-labelledby="actions-title" id="actions">
        <h2 id="actions-title">操作</h2>
        ${
          summary.phase === 'ended'
            ? actionButton(context, { action: 'close', label: '结束征求意见' })
            : html`<p>期限届满（${summary.closesOn}）后可结束征求意见。</p>`
        }
        ${withdrawForm}
      </section>`;
    case 'closed':
    case 'feedbackPublished':
    case 'withdrawn':
      return html``;
    default: {
      const unreachable: never = summary.status;
      return unreachable;
    }
  }
}

function moderationForms(context: PageContext, comment: StaffCommentView): SafeHtml {
  const { summary } = context.view;
  if (summary.status === 'feedbackPublished' || summary.status === 'withdrawn') return html``;
  const moderateHref = commentActionHref({
    slug: context.slug,
    consultationId: summary.id,
    commentId: comment.id,
    action: 'moderate',
  });
  const adoptionHref = commentActionHref({
    slug: context.slug,
    consultationId: summary.id,
    commentId: comment.id,
    action: 'adoption',
  });
  const reasonId = `reject-reason-${comment.id}`;
  const adoptionId = `adoption-${comment.id}`;
  const adoptionReasonId = `adoption-reason-${comment.id}`;
  const publishForm =
    comment.moderationStatus === 'pending'
      ? html`<form method="post" action="${moderateHref}" class="form form--inline">
          ${csrfField(context.csrfToken)}<input type="hidden" name="decision" value="publish" />
          <button type="submit" class="button">公开</button>
        </form>`
      : '';
  const rejectForm =
    comment.moderationStatus !== 'rejected'
      ? html`<form method="post" action="${moderateHref}" class="form">
          ${csrfField(context.csrfToken)}<input type="hidden" name="decision" value="reject" />
          <div class="field">
            <label for="${reasonId}">不予公开的理由</label>
            <input id="${reasonId}" name="reason" type="text" maxlength="200" />
          </div>
          <button type="submit" class="button button--secondary">不予公开</button>
        </form>`
      : '';
  const adoptionForm =
    comment.moderationStatus !== 'pending'
      ? html`<form method="post" action="${adoptionHref}" class="form">
          ${csrfField(context.csrfToken)}
          <div class="field">
            <label for="${adoptionId}">采纳情况</label>
            <select id="${adoptionId}" name="adoption">
              ${adoptions.map((adoption) => html`<option value="${adoption}" ${adoption === comment.adoption ? html` selected` : ''}>${adoptionLabels[adoption]}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="${adoptionReasonId}">理由（部分采纳、未采纳时必填）</label>
            <textarea id="${adoptionReasonId}" name="reason" rows="2">${comment.adoptionReason}</textarea>
          </div>
          <button type="submit" class="button button--secondary">保存采纳情况</button>
        </form>`
      : '';
  return html`${publishForm}${rejectForm}${adoptionForm}`;
}

function commentsSection(context: PageContext): SafeHtml {
  const { comments } = context.view;
  const pending = comments.filter((comment) => comment.moderationStatus === 'pending').length;
  return html`<section aria-labelledby="comments-title" id="comments">
    <h2 id="comments-title">收到的意见（${comments.length}条，待审核${pending}条）</h2>
    ${
      comments.length === 0
        ? html`<p>还没有收到意见。</p>`
        : html`<ol class="card-list">
            ${comments.map(
              (comment) =>
                html`<li class="card" id="comment-${comment.id}">
                  <p class="muted">
                    ${comment.submittedOn} ·
                    ${comment.moderationStatusLabel}${comment.paragraphReference ? html` · 关于${comment.paragraphReference}` : ''}
                    ${comment.adoptionLabel ? html` · ${comment.adoptionLabel}` : ''}
                  </p>
                  <p>${comment.body}</p>
                  ${comment.rejectionReason ? html`<p>不予公开的理由：${comment.rejectionReason}</p>` : ''}
                  ${
                    comment.contact
                      ? html`<details>
                          <summary>联系方式：${comment.maskedContact}（点击显示）</summary>
                          <p>${comment.contact}</p>
                        </details>`
                      : html`<p>未留联系方式</p>`
                  }
                  ${moderationForms(context, comment)}
                </li>`,
            )}
          </ol>`
    }
  </section>`;
}

function feedbackSection(context: PageContext, summaryText: string): SafeHtml {
  const { view } = context;
  if (view.feedback !== null) {
    return html`<section aria-labelledby="feedback-title" id="feedback">
      <h2 id="feedback-title">意见采纳情况反馈（已发布）</h2>
      <p>${feedbackSentence(view.feedback.totals)}</p>
      <p>${view.feedback.summary}</p>
    </section>`;
  }
  if (view.summary.status !== 'closed') return html``;
  return html`<section aria-labelledby="feedback-title" id="feedback">
    <h2 id="feedback-title">发布意见采纳情况反馈</h2>
    <p>发布前，每条意见须已审核；已公开的意见须填写采纳情况，部分采纳和未采纳的须说明理由。</p>
    <form
      method="post"
      action="${consultationActionHref(context.slug, view.summary.id, 'feedback')}"
      class="form"
    >
      ${versionFields(context)}
      <div class="field">
        <label for="field-summary">反馈说明</label>
        <textarea id="field-summary" name="summary" rows="6" required>${summaryText}</textarea>
      </div>
      <button type="submit" class="button">发布反馈</button>
    </form>
  </section>`;
}

/** One consultation for its staff: details, actions, the moderation queue and the feedback form. */
export function renderStaffConsultationPage(options: {
  session: StaffSession;
  csrfToken: string;
  agency: { slug: string };
  view: StaffConsultationView;
  notice?: Notice | undefined;
  feedbackSummary?: string;
}): string {
  const { view, agency } = options;
  const { summary, row } = view;
  const context: PageContext = { slug: agency.slug, csrfToken: options.csrfToken, view };
  const daysLeftText =
    summary.status === 'open' && summary.phase === 'running' ? `，剩余${summary.daysLeft}天` : '';
  const periodLabel = `${summary.opensOn} 至 ${summary.closesOn}（${summary.periodDays}日）${daysLeftText}`;
  const isPublic =
    summary.status === 'open' || summary.status === 'closed' || summary.status === 'feedbackPublished';
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'consultations',
    title: summary.title,
    notice: options.notice,
    main: html`<p><a href="${consultationsHref(agency.slug)}">返回征求意见列表</a></p>
      <h1>${summary.title}</h1>
      <dl class="details-list">
        <div class="details-list__row">
          <dt>状态</dt>
          <dd id="status">${summary.statusLabel}</dd>
        </div>
        <div class="details-list__row">
          <dt>征求意见期限</dt>
          <dd>${periodLabel}</dd>
        </div>
        ${
          summary.periodDays < usualPeriodDays
            ? html`<div class="details-list__row">
                <dt>提示</dt>
                <dd>期限少于${usualPeriodDays}日。理由：${summary.shortPeriodReason}</dd>
              </div>`
            : ''
        }
        ${
          row.withdrawalReason
            ? html`<div class="details-list__row">
                <dt>撤回理由</dt>
                <dd>${row.withdrawalReason}</dd>
              </div>`
            : ''
        }
        ${
          isPublic
            ? html`<div class="details-list__row">
                <dt>门户网站</dt>
                <dd><a href="${portalConsultationHref(agency.slug, summary.id)}">查看公开页面</a></dd>
              </div>`
            : ''
        }
      </dl>
      ${actionsSection(context)}
      <details>
        <summary>征求意见稿正文</summary>
        ${
          row.explanation
            ? html`<h2>起草说明</h2>
                <p>${row.explanation}</p>`
            : ''
        }
        ${row.draftText.split('\n').map((line) => html`<p>${line}</p>`)}
      </details>
      ${commentsSection(context)} ${feedbackSection(context, options.feedbackSummary ?? '')}`,
  });
}
