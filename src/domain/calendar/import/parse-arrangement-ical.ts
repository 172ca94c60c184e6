import { findArrangementProblems } from '../find-arrangement-problems.ts';
import { addCalendarDays, compareIsoDates, isIsoDate, type IsoDate } from '../iso-date.ts';
import type { ArrangementSource, HolidayPeriod, YearArrangement } from '../year-arrangement.ts';
import type { ArrangementImportResult } from './arrangement-import-result.ts';

/**
 * iCalendar import (docs/calendar-format.md): one all-day VEVENT per holiday period with
 * `SUMMARY:春节(休)` and one per make-up working day with `SUMMARY:春节(班)`, the convention of
 * the common Chinese holiday calendar feeds. The source notice comes from the calendar's
 * `X-GONGKAI-SOURCE-*` properties, or from `source` when the file has none.
 */
export function parseArrangementIcal(options: {
  text: string;
  year: number;
  source?: ArrangementSource;
}): ArrangementImportResult {
  const { year } = options;
  const errors: string[] = [];
  const lines = unfoldLines(options.text);
  if (!lines.some((line) => line === 'BEGIN:VCALENDAR'))
    return { isValid: false, errors: ['不是 iCalendar 文件（缺少 BEGIN:VCALENDAR）'] };

  const holidayEvents: Array<{ name: string; firstDay: IsoDate; lastDay: IsoDate }> = [];
  const makeUpEvents: Array<{ name: string; date: IsoDate }> = [];
  for (const [index, event] of readEvents(lines).entries()) {
    const label = `第${index + 1}个日程`;
    const summary = event.get('SUMMARY');
    const match = summary === undefined ? null : /^(.+?)\s*[(（]\s*(休|班)\s*[)）]$/.exec(summary);
    if (!match) {
      errors.push(`${label}的标题“${summary ?? ''}”应为“节日名称(休)”或“节日名称(班)”`);
      continue;
    }
    const [, name = '', kind] = match;
    const start = readDate(event.get('DTSTART'));
    if (start === null) {
      errors.push(`${label}（${summary}）的开始日期 DTSTART 无效`);
      continue;
    }
    const endText = event.get('DTEND');
    const endExclusive = endText === undefined ? addCalendarDays(start, 1) : readDate(endText);
    if (endExclusive === null || endExclusive <= start) {
      errors.push(`${label}（${summary}）的结束日期 DTEND 无效或不晚于开始日期`);
      continue;
    }
    const lastDay = addCalendarDays(endExclusive, -1);
    if (kind === '休') {
      holidayEvents.push({ name, firstDay: start, lastDay });
    } else {
      for (let date = start; date <= lastDay; date = addCalendarDays(date, 1))
        makeUpEvents.push({ name, date });
    }
  }

  const holidays = mergeAdjacentPeriods(holidayEvents);
  for (const makeUp of makeUpEvents) {
    const holiday = holidays.find((candidate) => candidate.name === makeUp.name);
    if (holiday) holiday.makeUpWorkingDays.push(makeUp.date);
    else errors.push(`调休上班日${makeUp.date}对应的节日“${makeUp.name}”在文件中没有放假安排`);
  }
  const source = readSource(lines) ?? options.source;
  if (!source)
    errors.push(
      '缺少来源通知：请在文件中写明 X-GONGKAI-SOURCE-TITLE 和 X-GONGKAI-SOURCE-ISSUED-ON，或在导入时填写',
    );
  if (errors.length > 0 || !source) return { isValid: false, errors };

  const arrangement: YearArrangement = { year, sources: [source], holidays };
  const problems = findArrangementProblems(arrangement);
  return problems.length > 0 ? { isValid: false, errors: problems } : { isValid: true, arrangement };
}

/** Writes an arrangement as iCalendar in the format `parseArrangementIcal` reads. */
export function formatArrangementIcal(arrangement: YearArrangement): string {
  const compact = (date: IsoDate): string => date.replaceAll('-', '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gongkai//Holiday arrangement//ZH',
    `X-WR-CALNAME:${arrangement.year}年节假日安排`,
  ];
  const [source] = arrangement.sources;
  if (source) {
    lines.push(
      `X-GONGKAI-SOURCE-TITLE:${escapeText(source.title)}`,
      `X-GONGKAI-SOURCE-ISSUED-ON:${source.issuedOn}`,
    );
    if (source.documentNumber)
      lines.push(`X-GONGKAI-SOURCE-DOCUMENT-NUMBER:${escapeText(source.documentNumber)}`);
  }
  const event = (options: {
    uid: string;
    summary: string;
    firstDay: IsoDate;
    lastDay: IsoDate;
  }): string[] => [
    'BEGIN:VEVENT',
    `UID:${options.uid}@gongkai`,
    `DTSTART;VALUE=DATE:${compact(options.firstDay)}`,
    `DTEND;VALUE=DATE:${compact(addCalendarDays(options.lastDay, 1))}`,
    `SUMMARY:${escapeText(options.summary)}`,
    'END:VEVENT',
  ];
  for (const holiday of arrangement.holidays) {
    lines.push(
      ...event({
        uid: `${holiday.firstDay}-holiday`,
        summary: `${holiday.name}(休)`,
        firstDay: holiday.firstDay,
        lastDay: holiday.lastDay,
      }),
    );
    for (const date of holiday.makeUpWorkingDays) {
      lines.push(
        ...event({ uid: `${date}-work`, summary: `${holiday.name}(班)`, firstDay: date, lastDay: date }),
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

function unfoldLines(text: string): string[] {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');
}

/** Each VEVENT as a map from property name (parameters dropped) to its unescaped value. */
function readEvents(lines: readonly string[]): Array<Map<string, string>> {
  const events: Array<Map<string, string>> = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const [name, value] = splitProperty(line);
      if (!current.has(name)) current.set(name, value);
    }
  }
  return events;
}

function splitProperty(line: string): [string, string] {
  const colon = line.indexOf(':');
  if (colon < 0) return [line.toUpperCase(), ''];
  const name = line.slice(0, colon).split(';')[0] ?? '';
  return [name.toUpperCase(), unescapeText(line.slice(colon + 1))];
}

/** `20250128`, `20250128T000000` or `20250128T000000Z` → `2025-01-28`. */
function readDate(value: string | undefined): IsoDate | null {
  const match = value === undefined ? null : /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(value.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(date) ? date : null;
}

function readSource(lines: readonly string[]): ArrangementSource | null {
  const properties = new Map(lines.filter((line) => line.startsWith('X-GONGKAI-SOURCE-')).map(splitProperty));
  const title = properties.get('X-GONGKAI-SOURCE-TITLE');
  const issuedOn = properties.get('X-GONGKAI-SOURCE-ISSUED-ON');
  if (title === undefined || issuedOn === undefined || !isIsoDate(issuedOn)) return null;
  return { title, documentNumber: properties.get('X-GONGKAI-SOURCE-DOCUMENT-NUMBER') ?? null, issuedOn };
}

/** Feeds often split one holiday into several events; join same-name periods that touch. */
function mergeAdjacentPeriods(
  events: ReadonlyArray<{ name: string; firstDay: IsoDate; lastDay: IsoDate }>,
): HolidayPeriod[] {
  const sorted = [...events].sort((left, right) => compareIsoDates(left.firstDay, right.firstDay));
  const periods: HolidayPeriod[] = [];
  for (const event of sorted) {
    const last = periods.at(-1);
    if (last && last.name === event.name && addCalendarDays(last.lastDay, 1) === event.firstDay)
      last.lastDay = event.lastDay;
    else
      periods.push({
        name: event.name,
        firstDay: event.firstDay,
        lastDay: event.lastDay,
        makeUpWorkingDays: [],
      });
  }
  return periods;
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_match, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );
}
