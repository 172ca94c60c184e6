import {
  csrfField,
  errorSummary,
  inputField,
  submitButton,
  textareaField,
  type FormState,
} from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

export type CalendarYearView = {
  year: number;
  originLabel: string;
  notice: string;
  holidayCount: number;
  makeUpDayCount: number;
  holidays: Array<{ name: string; period: string; makeUpDays: string }>;
};

export type CalendarView = {
  years: CalendarYearView[];
  /** The first year after the covered ones: deadlines that reach it cannot be computed. */
  firstMissingYear: number;
  canImport: boolean;
};

const fieldLabels = { year: '年份', text: '放假安排文件内容', file: '放假安排文件内容' };

/** The working calendar: covered years with their source notices, and the import form. */
export function renderCalendarPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: CalendarView;
  state: FormState;
  notice?: Notice | undefined;
  message?: string | undefined;
}): string {
  const { view, state } = options;
  const importForm = view.canImport
    ? html`<section aria-labelledby="import-title">
        <h2 id="import-title">导入放假安排</h2>
        <p>
          国务院办公厅每年秋季公布下一年的节假日安排。请按 <code>docs/calendar-format.md</code> 所述格式粘贴
          JSON 或 iCalendar 内容；同一年再次导入会替换原有数据，并记入操作记录。
        </p>
        ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: fieldLabels })}
        <form method="post" action="/admin/calendar" class="form" novalidate>
          ${csrfField(options.csrfToken)}
          ${textareaField({ name: 'text', label: fieldLabels.text, state, rows: 14, isRequired: true, maxLength: 200_000 })}
          ${inputField({ name: 'year', label: fieldLabels.year, state, inputMode: 'numeric', maxLength: 4, hint: 'iCalendar 内容必须填写；JSON 内容可不填（填写时须与文件中的年份一致）。' })}
          <div class="form-actions">${submitButton('导入')}</div>
        </form>
      </section>`
    : html`<p>如需导入新一年的放假安排，请联系系统管理员。</p>`;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'calendar',
    title: '工作日历',
    notice: options.notice,
    main: html`<h1>工作日历</h1>
      <p>
        依申请公开答复期限等均按工作日计算：周一至周五，扣除法定节假日，加上调休上班的周末。 工作日历目前包含
        ${view.years[0]?.year ?? ''}—${view.years.at(-1)?.year ?? ''} 年；
        <strong>期限落入 ${view.firstMissingYear} 年的，在导入该年放假安排之前无法计算</strong
        >，系统会明确提示，不会按“仅周末”推算。
      </p>
      <div class="table-wrapper" role="region" aria-labelledby="calendar-caption" tabindex="0">
        <table class="table--stacked">
          <caption id="calendar-caption">
            已包含的年份
          </caption>
          <thead>
            <tr>
              <th scope="col">年份</th>
              <th scope="col">来源</th>
              <th scope="col">依据通知</th>
              <th scope="col">节假日</th>
              <th scope="col">调休上班日</th>
            </tr>
          </thead>
          <tbody>
            ${view.years.map(
              (year) =>
                html`<tr>
                  <th scope="row" data-label="年份">${year.year}</th>
                  <td data-label="来源">${year.originLabel}</td>
                  <td data-label="依据通知">${year.notice}</td>
                  <td data-label="节假日">
                    <details>
                      <summary>${year.holidayCount} 个</summary>
                      <ul>
                        ${year.holidays.map((holiday) => html`<li>${holiday.name}：${holiday.period}${holiday.makeUpDays}</li>`)}
                      </ul>
                    </details>
                  </td>
                  <td data-label="调休上班日">${year.makeUpDayCount} 天</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${importForm}`,
  });
}
