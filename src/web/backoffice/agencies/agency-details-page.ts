import { csrfField } from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import { letterSettingsHref, letterTemplatesHref } from '../letter-settings/letter-settings-links.ts';
import type { StaffSession } from '../staff-session.ts';
import { agencyFieldLabels, type AgencyDetailField } from './agency-fields.ts';

export type AgencyDetailsView = {
  slug: string;
  name: string;
  levelLabel: string;
  parentName: string | undefined;
  fields: Array<{ field: AgencyDetailField; value: string }>;
  portalHref: string;
  canEdit: boolean;
  canViewUsers: boolean;
  canViewEvents: boolean;
  canViewAnnualReports: boolean;
  canVerifyAudit: boolean;
  canConfigureLetters: boolean;
};

export function renderAgencyDetailsPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: AgencyDetailsView;
  notice?: Notice | undefined;
}): string {
  const { view } = options;
  const isOwnAgency = view.slug === options.session.agency.slug;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: isOwnAgency ? 'agency' : 'agencies',
    title: view.name,
    notice: options.notice,
    main: html`<h1>${view.name}</h1>
      <ul class="action-list">
        ${view.canEdit ? html`<li><a class="button" href="${agencyAdminHref(view.slug, 'edit')}">修改机关信息</a></li>` : ''}
        ${view.canViewUsers ? html`<li><a class="button button--secondary" href="${agencyAdminHref(view.slug, 'users')}">用户管理</a></li>` : ''}
        ${view.canViewEvents ? html`<li><a class="button button--secondary" href="${agencyAdminHref(view.slug, 'events')}">事件日志</a></li>` : ''}
        ${view.canViewAnnualReports ? html`<li><a class="button button--secondary" href="${agencyAdminHref(view.slug, 'annual-reports')}">年度报告</a></li>` : ''}
        ${view.canConfigureLetters ? html`<li><a class="button button--secondary" href="${letterSettingsHref(view.slug)}">文书设置</a></li>` : ''}
        ${view.canConfigureLetters ? html`<li><a class="button button--secondary" href="${letterTemplatesHref(view.slug)}">文书模板</a></li>` : ''}
        ${view.canEdit ? html`<li><a class="button button--secondary" href="${agencyAdminHref(view.slug)}/publications/settings">主动公开设置</a></li>` : ''}
        <li><a class="button button--secondary" href="${view.portalHref}">查看公开门户</a></li>
      </ul>
      <dl class="details-list">
        <div class="details-list__row">
          <dt>${agencyFieldLabels.slug}</dt>
          <dd><code>${view.slug}</code></dd>
        </div>
        <div class="details-list__row">
          <dt>${agencyFieldLabels.level}</dt>
          <dd>${view.levelLabel}</dd>
        </div>
        <div class="details-list__row">
          <dt>${agencyFieldLabels.parentSlug}</dt>
          <dd>${view.parentName ?? '无（顶级机关）'}</dd>
        </div>
        ${view.fields.map(
          (entry) =>
            html`<div class="details-list__row">
              <dt>${agencyFieldLabels[entry.field]}</dt>
              <dd>${entry.value ? entry.value : html`<span class="muted">未填写</span>`}</dd>
            </div>`,
        )}
      </dl>
      ${
        view.canVerifyAudit
          ? html`<form
              method="post"
              action="${agencyAdminHref(view.slug, 'audit')}"
              class="form form--inline"
            >
              ${csrfField(options.csrfToken)}
              <button type="submit" class="button button--secondary">校验事件日志</button>
            </form>`
          : ''
      }`,
  });
}
