import { html } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import type { LetterTemplateEntry } from '../../../use-cases/letter-settings/list-letter-templates.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { letterSettingsHref, letterTemplatesHref } from './letter-settings-links.ts';

/** 文书模板: every template of the agency, edited (已修改) or at its default text (默认). */
export function renderLetterTemplateListPage(options: {
  session: StaffSession;
  csrfToken: string;
  agency: { slug: string; name: string };
  templates: readonly LetterTemplateEntry[];
  notice?: Notice | undefined;
}): string {
  const { agency, templates } = options;
  const editedCount = templates.filter((entry) => entry.isEdited).length;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: agency.slug === options.session.agency.slug ? 'agency' : 'agencies',
    title: `文书模板：${agency.name}`,
    notice: options.notice,
    main: html`<h1>文书模板</h1>
      <p>
        <a href="${agencyAdminHref(agency.slug)}">${agency.name}</a> ·
        <a href="${letterSettingsHref(agency.slug)}">文书设置</a>
      </p>
      <p class="lead">
        每种文书都有一份模板。修改后的模板用于此后生成的文书，已经生成的文书保持原样；可随时恢复默认文本。
      </p>
      <div class="table-wrapper" role="region" aria-labelledby="template-table-caption" tabindex="0">
        <table class="table--stacked">
          <caption id="template-table-caption">
            本机关的文书模板（共${templates.length}份，已修改${editedCount}份）
          </caption>
          <thead>
            <tr>
              <th scope="col">文书</th>
              <th scope="col">标题</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            ${templates.map(
              (entry) =>
                html`<tr>
                  <th scope="row" data-label="文书">
                    <a href="${letterTemplatesHref(agency.slug, entry.key)}">${entry.label}</a>
                  </th>
                  <td data-label="标题">${entry.template.title}</td>
                  <td data-label="状态">
                    ${entry.isEdited ? html`<span class="badge">已修改</span>` : html`<span class="muted">默认</span>`}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  });
}
