import type { FastifyInstance, FastifyReply } from 'fastify';
import { may } from '../../../domain/access/policy.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { importCalendarYear } from '../../../use-cases/calendar/import-calendar-year.ts';
import {
  listCalendarYears,
  type CalendarYearSummary,
} from '../../../use-cases/calendar/load-working-calendar.ts';
import { ValidationError } from '../../../use-cases/errors.ts';
import { formText, parseFormBody } from '../../shared/form-body.ts';
import type { FormState } from '../../shared/forms.ts';
import type { Notice } from '../../shared/layout.ts';
import type { WebContext } from '../../shared/web-context.ts';
import type { StaffSession } from '../staff-session.ts';
import { staffSessionOf } from '../staff-session.ts';
import { renderCalendarPage, type CalendarView } from './calendar-page.ts';

const originLabels: Record<CalendarYearSummary['origin'], string> = {
  builtIn: '随程序发布',
  imported: '管理员导入',
  importedReplacingBuiltIn: '管理员导入（替换随程序发布的数据）',
};

function calendarView(years: CalendarYearSummary[], session: StaffSession): CalendarView {
  return {
    years: years.map((entry) => {
      const source = entry.arrangement.sources[0];
      return {
        year: entry.year,
        originLabel: originLabels[entry.origin],
        notice: source ? `${source.title}${source.documentNumber ? `（${source.documentNumber}）` : ''}` : '',
        holidayCount: entry.arrangement.holidays.length,
        makeUpDayCount: entry.arrangement.holidays.reduce(
          (sum, holiday) => sum + holiday.makeUpWorkingDays.length,
          0,
        ),
        holidays: entry.arrangement.holidays.map((holiday) => ({
          name: holiday.name,
          period:
            holiday.firstDay === holiday.lastDay
              ? formatChineseDate(holiday.firstDay)
              : `${formatChineseDate(holiday.firstDay)}至${formatChineseDate(holiday.lastDay)}`,
          makeUpDays:
            holiday.makeUpWorkingDays.length > 0
              ? `；调休上班：${holiday.makeUpWorkingDays.map(formatChineseDate).join('、')}`
              : '',
        })),
      };
    }),
    firstMissingYear: (years.at(-1)?.year ?? new Date().getFullYear()) + 1,
    canImport: may(session.actor, 'calendar.manage').isAllowed,
  };
}

/** The working calendar page: every member of staff may look; system administrators import years. */
export function registerCalendarRoutes(scope: FastifyInstance, context: WebContext): void {
  const { db } = context.useCases;
  const send = (
    reply: FastifyReply,
    options: {
      session: StaffSession;
      state: FormState;
      statusCode?: number;
      notice?: Notice;
      message?: string;
    },
  ) =>
    listCalendarYears(db).then((years) =>
      reply
        .code(options.statusCode ?? 200)
        .type('text/html; charset=utf-8')
        .send(
          renderCalendarPage({
            session: options.session,
            csrfToken: reply.generateCsrf(),
            view: calendarView(years, options.session),
            state: options.state,
            notice: options.notice,
            message: options.message,
          }),
        ),
    );

  scope.get('/calendar', async (request, reply) => {
    const imported = (request.query as { imported?: string } | undefined)?.imported;
    const notice: Notice | undefined =
      imported && /^\d{4}$/.test(imported)
        ? { kind: 'success', text: `已导入${imported}年放假安排。` }
        : undefined;
    return send(reply, {
      session: staffSessionOf(request),
      state: { values: {}, fieldErrors: {} },
      ...(notice ? { notice } : {}),
    });
  });

  scope.post('/calendar', async (request, reply) => {
    const session = staffSessionOf(request);
    const body = parseFormBody(request.body);
    const text = formText(body, 'text');
    const yearText = formText(body, 'year').trim();
    const state: FormState = { values: { text, year: yearText }, fieldErrors: {} };
    if (yearText !== '' && !/^\d{4}$/.test(yearText)) {
      const message = '年份应为4位数字';
      return send(reply, {
        session,
        state: { ...state, fieldErrors: { year: message } },
        statusCode: 400,
        message,
      });
    }
    if (text.trim() === '') {
      const message = '请粘贴放假安排文件的内容';
      return send(reply, {
        session,
        state: { ...state, fieldErrors: { text: message } },
        statusCode: 400,
        message,
      });
    }
    try {
      const result = await importCalendarYear(context.useCases, session.actor, {
        text,
        ...(yearText ? { year: Number(yearText) } : {}),
      });
      return reply.redirect(`/admin/calendar?imported=${result.arrangement.year}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const fieldErrors = { [error.fieldErrors.year ? 'year' : 'text']: error.message };
      return send(reply, {
        session,
        state: { ...state, fieldErrors },
        statusCode: 400,
        message: error.message,
      });
    }
  });
}
