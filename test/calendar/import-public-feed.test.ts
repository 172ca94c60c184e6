import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtInArrangements } from '../../src/domain/calendar/arrangements/built-in-arrangements.ts';
import { parseArrangementIcal } from '../../src/domain/calendar/import/parse-arrangement-ical.ts';
import { datesFromTo } from '../../src/domain/calendar/iso-date.ts';
import { buildCalendar } from '../../src/domain/calendar/working-calendar.ts';

// An administrator may import a public feed such as the one chinese-days publishes (a dev
// dependency, used here only as sample input). It names holidays differently (清明, 中秋) and splits
// 2025's combined 国庆节、中秋节 into three events, yet must give the same working days.
const require = createRequire(import.meta.url);
const feedPath = (year: number): string => require.resolve(`chinese-days/dist/years/${year}.ics`);

describe('importing a public iCalendar feed', () => {
  it.each([2024, 2025, 2026])('%i gives the same working days as the built-in arrangement', (year) => {
    const source = {
      title: `${year}年节假日（公共日历导入测试）`,
      documentNumber: null,
      issuedOn: `${year - 1}-11-01`,
    } as const;
    const result = parseArrangementIcal({ text: readFileSync(feedPath(year), 'utf8'), year, source });
    if (!result.isValid) throw new Error(result.errors.join('\n'));
    const imported = buildCalendar([result.arrangement]);
    const builtIn = buildCalendar(builtInArrangements.filter((arrangement) => arrangement.year === year));
    const disagreements = datesFromTo(`${year}-01-01`, `${year}-12-31`).filter(
      (date) => imported.isWorkingDay(date) !== builtIn.isWorkingDay(date),
    );
    expect(disagreements).toEqual([]);
  });
});
