import { csrfField, errorSummary, inputField, submitButton, type FormState } from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

const labels = { indexNumberPattern: '索引号格式', organisationCode: '机构代码' };

/** The agency's 索引号 settings: the pattern and the organisation code put in it. */
export function renderPublicationSettingsPage(options: {
  session: StaffSession;
  csrfToken: string;
  agency: { slug: string; name: string; unifiedSocialCreditCode: string | null };
  action: string;
  state: FormState;
  message?: string | undefined;
  notice?: Notice | undefined;
}): string {
  const { agency, state } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'agency',
    title: '主动公开设置',
    notice: options.notice,
    main: html`<h1>主动公开设置</h1>
      <p class="lead">${agency.name}。索引号在发布时生成，生成后不再改变。</p>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels })}
      <form method="post" action="${options.action}" class="form" novalidate>
        ${csrfField(options.csrfToken)}
        ${inputField({
          name: 'indexNumberPattern',
          label: labels.indexNumberPattern,
          state,
          hint: '{code} 机构代码，{yyyy} 年份，{nnnnn} 当年序号（n 的个数为位数）。留空使用默认格式 {code}/{yyyy}-{nnnnn}',
        })}
        ${inputField({
          name: 'organisationCode',
          label: labels.organisationCode,
          state,
          hint: `留空则使用统一社会信用代码（${agency.unifiedSocialCreditCode ?? '本机关尚未登记'}）`,
        })}
        <div class="form-actions">
          ${submitButton('保存')} <a href="${agencyAdminHref(agency.slug)}">取消</a>
        </div>
      </form>`,
  });
}
