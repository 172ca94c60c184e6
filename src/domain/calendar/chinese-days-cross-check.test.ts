import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from './built-in-calendar.ts';
import { datesFromTo } from './iso-date.ts';

// chinese-days is a devDependency used only here, as an independent check of our data.
// Production code must not import it: past its last year it silently treats every weekday as a
// working day (stack-notes.md).
describe('built-in arrangements agree with chinese-days', () => {
  it('on every day of 2019–2026', () => {
    const calendar = buildBuiltInCalendar();
    const disagreements = datesFromTo('2019-01-01', '2026-12-31')
      .filter((date) => calendar.isWorkingDay(date) !== chineseDays.isWorkday(date))
      .map(
        (date) =>
          `${date}: ours ${calendar.describeDay(date).kind}, chinese-days ${chineseDays.getDayDetail(date).name}`,
      );
    expect(disagreements).toEqual([]);
  });
});
