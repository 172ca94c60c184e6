import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { builtInArrangements } from '../../domain/calendar/arrangements/built-in-arrangements.ts';
import { parseArrangementIcal } from '../../domain/calendar/import/parse-arrangement-ical.ts';
import { parseArrangementJson } from '../../domain/calendar/import/parse-arrangement-json.ts';
import type { YearArrangement } from '../../domain/calendar/year-arrangement.ts';
import { listStoredArrangements, saveArrangement } from '../../db/repositories/calendar-years.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';

export type CalendarFileFormat = 'json' | 'ical';

/** Guesses the format from the content: iCalendar starts with BEGIN:VCALENDAR. */
export function detectCalendarFormat(text: string): CalendarFileFormat {
  return /^\s*BEGIN:VCALENDAR/i.test(text) ? 'ical' : 'json';
}

/**
 * A system administrator adds (or corrects) a year's holiday arrangement (rules.md §1: the
 * calendar is data, versioned, with its source notice). Nothing is saved unless the whole file is
 * valid; the event records what was imported and what it replaced.
 */
export async function importCalendarYear(
  context: UseCaseContext,
  actor: Actor,
  options: { text: string; format?: CalendarFileFormat; year?: number },
): Promise<{ arrangement: YearArrangement; replaced: 'nothing' | 'builtIn' | 'imported' }> {
  assertMay(actor, 'calendar.manage');
  const format = options.format ?? detectCalendarFormat(options.text);
  let result;
  if (format === 'ical') {
    if (options.year === undefined)
      throw new ValidationError('导入 iCalendar 文件时须指定年份', { year: '请填写年份' });
    result = parseArrangementIcal({ text: options.text, year: options.year });
  } else {
    result = parseArrangementJson(options.text);
  }
  if (!result.isValid)
    throw new ValidationError(`放假安排文件有误：${result.errors.join('；')}`, {
      file: result.errors.join('；'),
    });
  const arrangement = result.arrangement;
  if (options.year !== undefined && arrangement.year !== options.year) {
    throw new ValidationError(`文件中的年份（${arrangement.year}）与指定的年份（${options.year}）不一致`, {
      year: '年份不一致',
    });
  }
  return context.db.transaction(async (transaction) => {
    const stored = await listStoredArrangements(transaction);
    const replaced = stored.some((entry) => entry.arrangement.year === arrangement.year)
      ? 'imported'
      : builtInArrangements.some((builtIn) => builtIn.year === arrangement.year)
        ? 'builtIn'
        : 'nothing';
    const now = context.now();
    await saveArrangement(transaction, { arrangement, importedAt: now, importedBy: describeActor(actor) });
    await appendEvent(transaction, {
      agencyId: null,
      actor: describeActor(actor),
      kind: 'calendar.year-imported',
      subjectType: 'calendarYear',
      subjectId: String(arrangement.year),
      payload: { arrangement, replaced },
      occurredAt: now,
    });
    return { arrangement, replaced };
  });
}
