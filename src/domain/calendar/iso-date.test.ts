import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  formatChineseDate,
  isIsoDate,
  isoDateInShanghai,
} from './iso-date.ts';

describe('IsoDate helpers', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-5')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025/01/05')).toBe(false);
  });

  it('does day arithmetic across months, leap days and years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(calendarDaysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('knows the weekday whatever the host time zone', () => {
    expect(dayOfWeek('2025-01-26')).toBe(0); // Sunday
    expect(dayOfWeek('2025-02-08')).toBe(6); // Saturday
    expect(formatChineseDate('2025-02-08')).toBe('2025年2月8日');
  });

  it('gives the Asia/Shanghai date of an instant', () => {
    expect(isoDateInShanghai(new Date('2025-01-27T15:59:59Z'))).toBe('2025-01-27');
    expect(isoDateInShanghai(new Date('2025-01-27T16:00:00Z'))).toBe('2025-01-28');
    expect(isoDateInShanghai(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
  });
});
