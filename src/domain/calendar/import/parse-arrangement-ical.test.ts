import { describe, expect, it } from 'vitest';
import { builtInArrangements } from '../arrangements/built-in-arrangements.ts';
import { formatArrangementIcal, parseArrangementIcal } from './parse-arrangement-ical.ts';

const source = {
  title: '国务院办公厅关于2026年部分节假日安排的通知',
  documentNumber: null,
  issuedOn: '2025-11-04',
} as const;

// A hand-written feed in the style of the common Chinese holiday calendars: folded lines, DTEND
// exclusive, National Day split into two events, no source properties.
const feed = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260215',
  'DTEND;VALUE=DATE:20260224',
  'SUMMARY:春节(',
  ' 休)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260214',
  'DTEND;VALUE=DATE:20260215',
  'SUMMARY:春节(班)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260228',
  'SUMMARY:春节（班）',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261001',
  'DTEND;VALUE=DATE:20261004',
  'SUMMARY:国庆节(休)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261004',
  'DTEND;VALUE=DATE:20261008',
  'SUMMARY:国庆节(休)',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('parseArrangementIcal', () => {
  it('reads a feed, joining split periods and attaching make-up days by name', () => {
    expect(parseArrangementIcal({ text: feed, year: 2026, source })).toEqual({
      isValid: true,
      arrangement: {
        year: 2026,
        sources: [source],
        holidays: [
          {
            name: '春节',
            firstDay: '2026-02-15',
            lastDay: '2026-02-23',
            makeUpWorkingDays: ['2026-02-14', '2026-02-28'],
          },
          { name: '国庆节', firstDay: '2026-10-01', lastDay: '2026-10-07', makeUpWorkingDays: [] },
        ],
      },
    });
  });

  it('round-trips every built-in year, source included', () => {
    for (const arrangement of builtInArrangements) {
      const result = parseArrangementIcal({
        text: formatArrangementIcal(arrangement),
        year: arrangement.year,
      });
      expect(result).toEqual({
        isValid: true,
        arrangement: { ...arrangement, sources: [arrangement.sources[0]] },
      });
    }
  });

  it('needs a source notice', () => {
    const result = parseArrangementIcal({ text: feed, year: 2026 });
    expect(!result.isValid && result.errors[0]).toContain('缺少来源通知');
  });

  it('rejects events of another year, unknown summaries and orphan make-up days', () => {
    expect(parseArrangementIcal({ text: feed, year: 2027, source })).toMatchObject({ isValid: false });
    const odd = feed
      .replace('SUMMARY:国庆节(休)', 'SUMMARY:国庆节')
      .replace('SUMMARY:春节(班)', 'SUMMARY:元宵(班)');
    const result = parseArrangementIcal({ text: odd, year: 2026, source });
    expect(!result.isValid && result.errors).toEqual([
      '第4个日程的标题“国庆节”应为“节日名称(休)”或“节日名称(班)”',
      '调休上班日2026-02-14对应的节日“元宵”在文件中没有放假安排',
    ]);
    expect(parseArrangementIcal({ text: 'hello', year: 2026, source })).toEqual({
      isValid: false,
      errors: ['不是 iCalendar 文件（缺少 BEGIN:VCALENDAR）'],
    });
  });
});
