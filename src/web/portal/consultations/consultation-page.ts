import {
  commentBodyMaximumLength,
  contactMaximumLength,
  paragraphReferenceMaximumLength,
} from '../../../domain/consultations/consultation-comment.ts';
import { feedbackSentence } from '../../../domain/consultations/consultation-feedback.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { PublicConsultationView } from '../../../use-cases/consultations/get-public-consultation.ts';
import {
  csrfField,
  errorSummary,
  inputField,
  submitButton,
  textareaField,
  type FormState,
} from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { renderPortalPage } from '../portal-layout.ts';
import { portalPublicationHref } from '../publications/publication-portal-links.ts';
import { portalCommentFormHref, portalConsultationsHref } from './consultation-portal-links.ts';
import { periodText, phaseText } from './consultation-period-text.ts';

export const commentFieldLabels: Record<string, string> = {
  body: '意见内容',
  paragraphReference: '所涉条款',
  contact: '联系方式',
};

/** What the commenter is told about the contact (个人信息保护法 第十七条). */
export const commentPrivacyNotice =
  '意见经审核后在本页公开，不显示提出人的任何信息。联系方式选填，仅供工作人员就您的意见与您联系，不会公开。';

function paragraphs(text: string): SafeHtml {
  return html`${text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => html`<p>${line}</p>`)}`;
}

function commentForm(options: {
  agency: PortalAgencyView;
  view: PublicConsultationView;
  csrfToken: string;
  state: FormState;
  message?: string | undefined;
}): SafeHtml {
  const { state } = options;
  return html`<section aria-labelledby="comment-form-title">
    <h2 id="comment-form-title">提出意见</h2>
    ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: commentFieldLabels })}
    <p>${commentPrivacyNotice}</p>
    <form
      method="post"
      action="${portalCommentFormHref(options.agency.slug, options.view.summary.id)}"
      class="form"
      novalidate
    >
      ${csrfField(options.csrfToken)}
      <input type="hidden" name="idempotencyKey" value="${state.values.idempotencyKey ?? ''}" />
      ${inputField({
        name: 'paragraphReference',
        label: '所涉条款（选填）',
        state,
        hint: '例如：第三条第二款',
        maxLength: paragraphReferenceMaximumLength,
      })}
      ${textareaField({
        name: 'body',
        label: '意见内容',
        state,
        isRequired: true,
        rows: 8,
        maxLength: commentBodyMaximumLength,
        hint: `不超过${commentBodyMaximumLength}字`,
      })}
      ${inputField({
        name: 'contact',
        label: '联系方式（选填，不公开）',
        state,
        hint: '电话号码或电子邮箱',
        autocomplete: 'tel',
        maxLength: contactMaximumLength,
      })}
      ${submitButton('提交意见')}
    </form>
  </section>`;
}

function feedbackSection(view: PublicConsultationView): SafeHtml {
  const { feedback } = view;
  if (feedback === null) return html``;
  return html`<section aria-labelledby="feedback-title" id="feedback">
    <h2 id="feedback-title">意见采纳情况反馈</h2>
    <p>发布日期：${formatChineseDate(feedback.publishedOn)}</p>
    <p><strong>${feedbackSentence(feedback.totals)}</strong></p>
    ${paragraphs(feedback.summary)}
  </section>`;
}

function commentsSection(view: PublicConsultationView): SafeHtml {
  const isAnswered = view.feedback !== null;
  return html`<section aria-labelledby="comments-title" id="comments">
    <h2 id="comments-title">公开的意见（${view.comments.length}条）</h2>
    ${
      view.comments.length === 0
        ? html`<p>暂无公开的意见。</p>`
        : html`<ol class="card-list">
            ${view.comments.map(
              (comment) =>
                html`<li class="card">
                  <p class="muted">
                    ${formatChineseDate(comment.submittedOn)}${comment.paragraphReference ? html` · 关于${comment.paragraphReference}` : ''}
                  </p>
                  ${paragraphs(comment.body)}
                  ${
                    isAnswered && comment.adoptionLabel
                      ? html`<p>
                          采纳情况：${comment.adoptionLabel}${comment.adoptionReason ? html`。${comment.adoptionReason}` : ''}
                        </p>`
                      : ''
                  }
                </li>`,
            )}
          </ol>`
    }
  </section>`;
}

/** One consultation: the draft, its period and days left, the published comments, the form while open, the feedback. */
export function renderConsultationPage(options: {
  agency: PortalAgencyView;
  view: PublicConsultationView;
  csrfToken: string;
  state: FormState;
  message?: string | undefined;
  isSubmitted?: boolean;
}): string {
  const { agency, view } = options;
  const { summary } = view;
  return renderPortalPage({
    agency,
    current: 'consultations',
    title: summary.title,
    main: html`<p><a href="${portalConsultationsHref(agency.slug)}">返回征求意见</a></p>
      <h1>${summary.title}</h1>
      ${
        options.isSubmitted
          ? html`<div class="notice notice--success" role="status" id="submitted">
              感谢您的意见！意见经审核后将在本页公开。
            </div>`
          : ''
      }
      <dl class="details-list">
        <div class="details-list__row">
          <dt>征求意见期限</dt>
          <dd>${periodText(summary)}</dd>
        </div>
        <div class="details-list__row">
          <dt>状态</dt>
          <dd id="phase">${phaseText(summary)}</dd>
        </div>
        ${
          summary.shortPeriodReason
            ? html`<div class="details-list__row">
                <dt>期限少于30日的理由</dt>
                <dd>${summary.shortPeriodReason}</dd>
              </div>`
            : ''
        }
        ${
          view.linkedItem
            ? html`<div class="details-list__row">
                <dt>相关公开目录条目</dt>
                <dd>
                  <a href="${portalPublicationHref(agency.slug, view.linkedItem.itemId)}"
                    >${view.linkedItem.title}</a
                  >
                </dd>
              </div>`
            : ''
        }
      </dl>
      ${
        view.explanation
          ? html`<section aria-labelledby="explanation-title">
              <h2 id="explanation-title">起草说明</h2>
              ${paragraphs(view.explanation)}
            </section>`
          : ''
      }
      <section aria-labelledby="draft-title">
        <h2 id="draft-title">征求意见稿</h2>
        ${paragraphs(view.draftText)}
      </section>
      ${feedbackSection(view)}
      ${
        summary.isAcceptingComments
          ? commentForm(options)
          : options.message
            ? html`<div class="notice notice--info" role="alert">${options.message}</div>`
            : ''
      }
      ${commentsSection(view)}`,
  });
}
