import { html, type SafeHtml } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

export type DashboardView = {
  displayName: string;
  username: string;
  agencyName: string;
  roleLabels: string[];
  links: Array<{ label: string; href: string; description: string }>;
  /** For case handlers and office heads: disclosure requests due within 5 working days or overdue. */
  requestReminders?: { dueSoonCount: number; overdueCount: number; dueSoonHref: string; overdueHref: string };
  /** For contributors and reviewers: catalogue items (主动公开) waiting for them. */
  publicationTasks?: { count: number; href: string; catalogueHref: string };
  /** For supervisors and system administrators: the agencies they oversee. */
  overseenAgencies?: Array<{ name: string; href: string; levelLabel: string }>;
};

const upcomingModules = [
  { name: '年度报告', description: '按统一格式生成政府信息公开工作年度报告并自动校验。' },
];

function renderRequestReminders(reminders: NonNullable<DashboardView['requestReminders']>): SafeHtml {
  const isUrgent = reminders.overdueCount > 0 || reminders.dueSoonCount > 0;
  return html`<section class="panel panel--spaced" aria-labelledby="reminders-title" id="request-reminders">
    <h2 id="reminders-title">依申请公开提醒</h2>
    ${
      isUrgent
        ? html`<ul class="link-list">
            <li>
              <a href="${reminders.overdueHref}"
                >已超期：<strong id="overdue-count">${reminders.overdueCount}</strong>件</a
              >
            </li>
            <li>
              <a href="${reminders.dueSoonHref}"
                >5个工作日内到期：<strong id="due-soon-count">${reminders.dueSoonCount}</strong>件</a
              >
            </li>
          </ul>`
        : html`<p>没有超期或5个工作日内到期的申请。</p>`
    }
  </section>`;
}

function renderPublicationTasks(tasks: NonNullable<DashboardView['publicationTasks']>): SafeHtml {
  return html`<section
    class="panel panel--spaced"
    aria-labelledby="publication-tasks-title"
    id="publication-tasks"
  >
    <h2 id="publication-tasks-title">主动公开待办</h2>
    ${
      tasks.count > 0
        ? html`<p>
            <a href="${tasks.href}"
              >待我办理的公开信息：<strong id="publication-task-count">${tasks.count}</strong>条</a
            >
          </p>`
        : html`<p>没有待您供稿、审核或发布的公开信息。<a href="${tasks.catalogueHref}">主动公开目录</a></p>`
    }
  </section>`;
}

export function renderDashboardPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: DashboardView;
  notice?: Notice;
}): string {
  const { view } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'dashboard',
    title: '工作台',
    notice: options.notice,
    main: html`<h1>工作台</h1>
      ${view.requestReminders ? renderRequestReminders(view.requestReminders) : ''}
      ${view.publicationTasks ? renderPublicationTasks(view.publicationTasks) : ''}
      <section class="panel" aria-labelledby="who-title">
        <h2 id="who-title">当前用户</h2>
        <dl class="details-list">
          <div class="details-list__row">
            <dt>姓名</dt>
            <dd>${view.displayName}</dd>
          </div>
          <div class="details-list__row">
            <dt>用户名</dt>
            <dd>${view.username}</dd>
          </div>
          <div class="details-list__row">
            <dt>所属机关</dt>
            <dd>${view.agencyName}</dd>
          </div>
          <div class="details-list__row">
            <dt>角色</dt>
            <dd>${view.roleLabels.length > 0 ? view.roleLabels.join('、') : '无'}</dd>
          </div>
        </dl>
      </section>
      ${
        view.links.length > 0
          ? html`<section aria-labelledby="links-title">
              <h2 id="links-title">常用功能</h2>
              <ul class="card-list card-list--grid">
                ${view.links.map(
                  (link) =>
                    html`<li class="card">
                      <a class="card__title" href="${link.href}">${link.label}</a>
                      <p>${link.description}</p>
                    </li>`,
                )}
              </ul>
            </section>`
          : ''
      }
      ${
        view.overseenAgencies
          ? html`<section aria-labelledby="overseen-title">
              <h2 id="overseen-title">监督范围内的机关</h2>
              ${
                view.overseenAgencies.length === 0
                  ? html`<p>暂无机关。</p>`
                  : html`<ul class="link-list">
                      ${view.overseenAgencies.map(
                        (agency) =>
                          html`<li>
                            <a href="${agency.href}">${agency.name}</a>
                            <span class="muted">${agency.levelLabel}</span>
                          </li>`,
                      )}
                    </ul>`
              }
            </section>`
          : ''
      }
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">即将上线的功能</h2>
        <p>以下业务模块正在建设中，上线后将出现在本工作台：</p>
        <ul class="card-list card-list--grid">
          ${upcomingModules.map(
            (module) =>
              html`<li class="card card--muted">
                <span class="card__title">${module.name}<span class="badge">建设中</span></span>
                <p>${module.description}</p>
              </li>`,
          )}
        </ul>
      </section>`,
  });
}
