import { csrfField, errorSummary, submitButton, type FormState } from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { agencyDetailInputs, agencyFieldLabels } from './agency-fields.ts';

export function renderAgencyEditPage(options: {
  session: StaffSession;
  csrfToken: string;
  agency: { slug: string; name: string };
  state: FormState;
  message?: string | undefined;
}): string {
  const { agency, state } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: agency.slug === options.session.agency.slug ? 'agency' : 'agencies',
    title: `修改机关信息：${agency.name}`,
    main: html`<h1>修改机关信息</h1>
      <p>${agency.name}</p>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: agencyFieldLabels })}
      <form method="post" action="${agencyAdminHref(agency.slug, 'edit')}" class="form" novalidate>
        ${csrfField(options.csrfToken)} ${agencyDetailInputs(state)}
        <div class="form-actions">
          ${submitButton('保存')}
          <a href="${agencyAdminHref(agency.slug)}">取消</a>
        </div>
      </form>`,
  });
}
