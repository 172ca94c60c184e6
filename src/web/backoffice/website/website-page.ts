import { formatChineseDate, type IsoDate } from '../../../domain/calendar/iso-date.ts';
import {
  columnKindLabels,
  columnKinds,
  findingRuleLabels,
  type ColumnKind,
  type FindingRule,
} from '../../../domain/website/freshness-rules.ts';
import type { WebsiteHealth } from '../../../use-cases/website/get-website-health.ts';
import type { ColumnResult } from '../../../use-cases/website/run-website-check.ts';
import { formatDateTime } from '../../shared/format-time.ts';
import {
  csrfField,
  errorSummary,
  inputField,
  selectField,
  submitButton,
  type FormState,
} from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

/** The forms of the page; each has its own field names, so ids stay unique on the page. */
export type WebsiteForm = 'column' | 'account' | 'newMediaStatistics' | 'serviceStatistics';

export const websiteFormFields: Record<WebsiteForm, Record<string, string>> = {
  column: { columnName: '栏目名称', columnUrl: '栏目网址', columnKind: '栏目类型' },
  account: {
    accountPlatform: '平台',
    accountName: '账号名称',
    accountUrl: '账号网址',
    accountLastUpdatedOn: '最近更新日期',
  },
  newMediaStatistics: {
    statisticsAccountId: '账号',
    newMediaYear: '年份',
    newMediaMonth: '月份',
    postCount: '发布信息期数',
    followerCount: '关注（订阅）人数',
  },
  serviceStatistics: {
    serviceYear: '年份',
    serviceMonth: '月份',
    consultationCount: '网上公开征求意见次数',
    serviceItemCount: '政务服务事项数',
    serviceCaseCount: '办件量',
  },
};

export function websiteHref(slug: string, page = ''): string {
  return `/admin/agencies/${encodeURIComponent(slug)}/website${page}`;
}

const ruleOrder: FindingRule[] = [
  'brokenLink',
  'staleHomePage',
  'staleColumn',
  'emptyColumn',
  'staleNewMedia',
  'externalRedirect',
];

function dateText(date: string | null): string {
  return date === null ? '—' : formatChineseDate(date as IsoDate);
}

function periodText(month: number | null): string {
  return month === null ? '全年' : `${month}月`;
}

function emptyState(): FormState {
  return { values: {}, fieldErrors: {} };
}

function findingsSection(health: WebsiteHealth, options: { csrfToken: string }): SafeHtml {
  const checkForm = health.canManage
    ? html`<form method="post" action="${websiteHref(health.agency.slug, '/check')}">
        ${csrfField(options.csrfToken)} ${submitButton('立即检查')}
        <p class="field__hint">
          检查读取首页、各栏目页面和新媒体账号页面，并检查其中的链接，可能需要一两分钟。
        </p>
      </form>`
    : '';
  const latest = health.latestRun;
  if (!latest)
    return html`<section aria-labelledby="findings-title">
      <h2 id="findings-title">检查结果</h2>
      <p>尚未检查过本机关网站。</p>
      ${checkForm}
    </section>`;
  const { run, findings } = latest;
  const groups = ruleOrder.map((rule) => ({
    rule,
    entries: findings.filter((finding) => finding.rule === rule),
  }));
  return html`<section aria-labelledby="findings-title">
    <h2 id="findings-title">检查结果</h2>
    <p>
      最近一次检查：${formatDateTime(run.finishedAt)}，首页
      <a href="${run.homePageUrl}">${run.homePageUrl}</a>
      （最新信息日期 ${dateText(run.homePageNewestOn)}）；读取页面 ${run.pageCount} 个，检查链接
      ${run.linkCount}
      个${run.uncheckedLinkCount > 0 ? `，另有 ${run.uncheckedLinkCount} 个超出上限未检查` : ''}。
    </p>
    <ul>
      ${groups.map((group) => html`<li>${findingRuleLabels[group.rule]}：${group.entries.length} 项</li>`)}
    </ul>
    ${groups
      .filter((group) => group.entries.length > 0)
      .map(
        (group) =>
          html`<h3>${findingRuleLabels[group.rule]}</h3>
            <div
              class="table-wrapper"
              role="region"
              aria-label="${findingRuleLabels[group.rule]}"
              tabindex="0"
            >
              <table class="table--stacked">
                <thead>
                  <tr>
                    <th scope="col">问题</th>
                    <th scope="col">网址</th>
                    <th scope="col">所在页面</th>
                  </tr>
                </thead>
                <tbody>
                  ${group.entries.map(
                    (finding) =>
                      html`<tr>
                        <td data-label="问题">${finding.message}</td>
                        <td data-label="网址">${finding.url}</td>
                        <td data-label="所在页面">${finding.foundOnUrl}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`,
      )}
    ${checkForm}
  </section>`;
}

function columnsSection(
  health: WebsiteHealth,
  options: { csrfToken: string; state: FormState; message?: string | undefined },
): SafeHtml {
  const results = new Map(
    ((health.latestRun?.run.columnResults ?? []) as ColumnResult[]).map((result) => [
      result.columnId,
      result,
    ]),
  );
  const rows = health.columns.map((column) => {
    const result = results.get(column.id);
    return html`<tr>
      <th scope="row" data-label="栏目">${column.name}</th>
      <td data-label="类型">${columnKindLabels[column.kind as ColumnKind] ?? column.kind}</td>
      <td data-label="网址">${column.url}</td>
      <td data-label="最新信息日期">${result?.isRead ? dateText(result.newestOn) : '—'}</td>
      <td data-label="操作">
        ${
          health.canManage
            ? html`<form
                method="post"
                action="${websiteHref(health.agency.slug, `/columns/${column.id}/delete`)}"
              >
                ${csrfField(options.csrfToken)}
                <button type="submit" class="button button--secondary" aria-label="删除栏目 ${column.name}">
                  删除
                </button>
              </form>`
            : ''
        }
      </td>
    </tr>`;
  });
  const labels = websiteFormFields.column;
  const form = health.canManage
    ? html`<h3>添加栏目</h3>
        ${errorSummary({ message: options.message, fieldErrors: options.state.fieldErrors, labels })}
        <form method="post" action="${websiteHref(health.agency.slug, '/columns')}" class="form" novalidate>
          ${csrfField(options.csrfToken)}
          ${inputField({ name: 'columnName', label: labels.columnName ?? '', state: options.state, isRequired: true, maxLength: 60 })}
          ${inputField({ name: 'columnUrl', label: labels.columnUrl ?? '', state: options.state, type: 'url', inputMode: 'url', isRequired: true, maxLength: 500 })}
          ${selectField({
            name: 'columnKind',
            label: labels.columnKind ?? '',
            state: options.state,
            isRequired: true,
            emptyLabel: '请选择',
            hint: '动态要闻类栏目超过2周、通知公告和政策文件类栏目超过6个月未更新即为不更新。',
            choices: columnKinds.map((kind) => ({ value: kind, label: columnKindLabels[kind] })),
          })}
          <div class="form-actions">${submitButton('添加栏目')}</div>
        </form>`
    : '';
  return html`<section aria-labelledby="columns-title">
    <h2 id="columns-title">栏目</h2>
    ${
      health.columns.length === 0
        ? html`<p>尚未登记栏目。</p>`
        : html`<div class="table-wrapper" role="region" aria-labelledby="columns-title" tabindex="0">
            <table class="table--stacked">
              <thead>
                <tr>
                  <th scope="col">栏目</th>
                  <th scope="col">类型</th>
                  <th scope="col">网址</th>
                  <th scope="col">最新信息日期</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>
          </div>`
    }
    ${form}
  </section>`;
}

function accountsSection(
  health: WebsiteHealth,
  options: { csrfToken: string; state: FormState; message?: string | undefined },
): SafeHtml {
  const labels = websiteFormFields.account;
  const form = health.canManage
    ? html`<h3>添加账号</h3>
        ${errorSummary({ message: options.message, fieldErrors: options.state.fieldErrors, labels })}
        <form method="post" action="${websiteHref(health.agency.slug, '/accounts')}" class="form" novalidate>
          ${csrfField(options.csrfToken)}
          ${inputField({ name: 'accountPlatform', label: labels.accountPlatform ?? '', state: options.state, isRequired: true, maxLength: 30, hint: '如 微信公众号、微博、抖音' })}
          ${inputField({ name: 'accountName', label: labels.accountName ?? '', state: options.state, isRequired: true, maxLength: 60 })}
          ${inputField({ name: 'accountUrl', label: labels.accountUrl ?? '', state: options.state, type: 'url', inputMode: 'url', maxLength: 500, hint: '可不填；填写网页地址时检查会读取其中的最新日期。' })}
          ${inputField({ name: 'accountLastUpdatedOn', label: labels.accountLastUpdatedOn ?? '', state: options.state, maxLength: 10, hint: '格式 2024-05-01；无法从网页读取的平台请填写。' })}
          <div class="form-actions">${submitButton('添加账号')}</div>
        </form>`
    : '';
  return html`<section aria-labelledby="accounts-title">
    <h2 id="accounts-title">政务新媒体账号</h2>
    ${
      health.accounts.length === 0
        ? html`<p>尚未登记政务新媒体账号。</p>`
        : html`<ul>
            ${health.accounts.map(
              (account) =>
                html`<li>
                  ${account.platform}“${account.name}”${account.url === '' ? '' : html`（${account.url}）`}，最近更新
                  ${dateText(account.lastUpdatedOn)}
                  ${
                    health.canManage
                      ? html`<form
                          method="post"
                          action="${websiteHref(health.agency.slug, `/accounts/${account.id}/last-updated`)}"
                          class="form"
                        >
                          ${csrfField(options.csrfToken)}
                          <div class="field">
                            <label for="last-updated-${account.id}">${account.name}的最近更新日期</label>
                            <input
                              id="last-updated-${account.id}"
                              name="lastUpdatedOn"
                              maxlength="10"
                              value="${account.lastUpdatedOn ?? ''}"
                            />
                          </div>
                          <div class="form-actions">
                            <button type="submit" class="button button--secondary">保存日期</button>
                          </div>
                        </form>`
                      : ''
                  }
                </li>`,
            )}
          </ul>`
    }
    ${form}
  </section>`;
}

function statisticsSection(
  health: WebsiteHealth,
  options: {
    csrfToken: string;
    newMediaState: FormState;
    serviceState: FormState;
    message?: string | undefined;
    form?: WebsiteForm | undefined;
  },
): SafeHtml {
  const accountNames = new Map(
    health.accounts.map((account) => [account.id, `${account.platform}“${account.name}”`]),
  );
  const newMediaLabels = websiteFormFields.newMediaStatistics;
  const serviceLabels = websiteFormFields.serviceStatistics;
  const monthHint = '填写1至12记入该月；留空为全年数据（有全年数据时以全年数据为准）。';
  const forms = health.canManage
    ? html`${
          health.accounts.length === 0
            ? ''
            : html`<h3>填报新媒体数据</h3>
                ${errorSummary({
                  message: options.form === 'newMediaStatistics' ? options.message : undefined,
                  fieldErrors: options.newMediaState.fieldErrors,
                  labels: newMediaLabels,
                })}
                <form
                  method="post"
                  action="${websiteHref(health.agency.slug, '/statistics/new-media')}"
                  class="form"
                  novalidate
                >
                  ${csrfField(options.csrfToken)}
                  ${selectField({
                    name: 'statisticsAccountId',
                    label: newMediaLabels.statisticsAccountId ?? '',
                    state: options.newMediaState,
                    isRequired: true,
                    choices: health.accounts.map((account) => ({
                      value: account.id,
                      label: accountNames.get(account.id) ?? '',
                    })),
                  })}
                  ${inputField({ name: 'newMediaYear', label: newMediaLabels.newMediaYear ?? '', state: options.newMediaState, inputMode: 'numeric', isRequired: true, maxLength: 4 })}
                  ${inputField({ name: 'newMediaMonth', label: newMediaLabels.newMediaMonth ?? '', state: options.newMediaState, inputMode: 'numeric', maxLength: 2, hint: monthHint })}
                  ${inputField({ name: 'postCount', label: newMediaLabels.postCount ?? '', state: options.newMediaState, inputMode: 'numeric', isRequired: true, maxLength: 9 })}
                  ${inputField({ name: 'followerCount', label: newMediaLabels.followerCount ?? '', state: options.newMediaState, inputMode: 'numeric', maxLength: 9, hint: '期末人数，可不填。' })}
                  <div class="form-actions">${submitButton('保存新媒体数据')}</div>
                </form>`
        }
        <h3>填报征求意见和政务服务数据</h3>
        ${errorSummary({
          message: options.form === 'serviceStatistics' ? options.message : undefined,
          fieldErrors: options.serviceState.fieldErrors,
          labels: serviceLabels,
        })}
        <form
          method="post"
          action="${websiteHref(health.agency.slug, '/statistics/service')}"
          class="form"
          novalidate
        >
          ${csrfField(options.csrfToken)}
          ${inputField({ name: 'serviceYear', label: serviceLabels.serviceYear ?? '', state: options.serviceState, inputMode: 'numeric', isRequired: true, maxLength: 4 })}
          ${inputField({ name: 'serviceMonth', label: serviceLabels.serviceMonth ?? '', state: options.serviceState, inputMode: 'numeric', maxLength: 2, hint: monthHint })}
          ${inputField({ name: 'consultationCount', label: serviceLabels.consultationCount ?? '', state: options.serviceState, inputMode: 'numeric', isRequired: true, maxLength: 9 })}
          ${inputField({ name: 'serviceItemCount', label: serviceLabels.serviceItemCount ?? '', state: options.serviceState, inputMode: 'numeric', isRequired: true, maxLength: 9 })}
          ${inputField({ name: 'serviceCaseCount', label: serviceLabels.serviceCaseCount ?? '', state: options.serviceState, inputMode: 'numeric', isRequired: true, maxLength: 9 })}
          <div class="form-actions">${submitButton('保存服务数据')}</div>
        </form>`
    : '';
  const figures = health.sectionOne;
  return html`<section aria-labelledby="statistics-title">
    <h2 id="statistics-title">${health.year}年统计数据</h2>
    <form method="get" action="${websiteHref(health.agency.slug)}" class="form">
      <div class="field">
        <label for="year-choice">查看年份</label>
        <input
          id="year-choice"
          name="year"
          inputmode="numeric"
          maxlength="4"
          value="${String(health.year)}"
        />
      </div>
      <div class="form-actions"><button type="submit" class="button button--secondary">查看</button></div>
    </form>
    <ul>
      ${health.newMediaStatistics.map(
        (entry) =>
          html`<li>
            ${accountNames.get(entry.accountId) ?? ''} ${periodText(entry.month)}：发布 ${entry.postCount}
            期${entry.followerCount === null ? '' : `，关注 ${entry.followerCount} 人`}
          </li>`,
      )}
      ${health.serviceStatistics.map(
        (entry) =>
          html`<li>
            征求意见和政务服务 ${periodText(entry.month)}：征求意见 ${entry.consultationCount} 次，服务事项
            ${entry.serviceItemCount} 项，办件 ${entry.serviceCaseCount} 件
          </li>`,
      )}
    </ul>
    <h3>年度报告“总体情况”引用数据</h3>
    ${
      figures.paragraph === ''
        ? html`<p>${health.year}年尚未填报数据。</p>`
        : html`<div class="field">
            <label for="section-one-paragraph">建议表述（可复制到年度报告第一部分）</label>
            <textarea id="section-one-paragraph" rows="4" readonly>${figures.paragraph}</textarea>
          </div>`
    }
    ${forms}
  </section>`;
}

/** 网站与新媒体: the latest check's findings by rule, columns, accounts, statistics and section 一 figures. */
export function renderWebsitePage(options: {
  session: StaffSession;
  csrfToken: string;
  health: WebsiteHealth;
  states?: Partial<Record<WebsiteForm, FormState>>;
  form?: WebsiteForm | undefined;
  message?: string | undefined;
  notice?: Notice | undefined;
}): string {
  const { health } = options;
  const stateOf = (form: WebsiteForm): FormState => options.states?.[form] ?? emptyState();
  const messageOf = (form: WebsiteForm): string | undefined =>
    options.form === form ? options.message : undefined;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'website',
    title: `网站与新媒体 · ${health.agency.name}`,
    notice: options.notice,
    main: html`<h1>网站与新媒体</h1>
      <p>
        ${health.agency.name}。按全国政府网站检查要求（首页、栏目、新媒体更新，断链错链，空白栏目）检查本机关网站。
      </p>
      ${findingsSection(health, { csrfToken: options.csrfToken })}
      ${columnsSection(health, { csrfToken: options.csrfToken, state: stateOf('column'), message: messageOf('column') })}
      ${accountsSection(health, { csrfToken: options.csrfToken, state: stateOf('account'), message: messageOf('account') })}
      ${statisticsSection(health, {
        csrfToken: options.csrfToken,
        newMediaState: stateOf('newMediaStatistics'),
        serviceState: stateOf('serviceStatistics'),
        message: options.message,
        form: options.form,
      })}`,
  });
}
