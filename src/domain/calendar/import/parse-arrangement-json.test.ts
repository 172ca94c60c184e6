import { describe, expect, it } from 'vitest';
import { builtInArrangements } from '../arrangements/built-in-arrangements.ts';
import { formatArrangementJson, parseArrangementJson } from './parse-arrangement-json.ts';

const validFile = {
  format: 'gongkai-holiday-arrangement',
  version: 1,
  year: 2026,
  sources: [
    { title: '国务院办公厅关于2026年部分节假日安排的通知', documentNumber: null, issuedOn: '2025-11-04' },
  ],
  holidays: [
    { name: '元旦', firstDay: '2026-01-01', lastDay: '2026-01-03', makeUpWorkingDays: ['2026-01-04'] },
    {
      name: '春节',
      firstDay: '2026-02-15',
      lastDay: '2026-02-23',
      makeUpWorkingDays: ['2026-02-14', '2026-02-28'],
    },
  ],
};

function withHolidays(holidays: unknown[]): string {
  return JSON.stringify({ ...validFile, holidays });
}

describe('parseArrangementJson', () => {
  it('reads a valid file', () => {
    const result = parseArrangementJson(JSON.stringify(validFile));
    expect(result).toEqual({
      isValid: true,
      arrangement: { year: 2026, sources: validFile.sources, holidays: validFile.holidays },
    });
  });

  it('round-trips every built-in year', () => {
    for (const arrangement of builtInArrangements) {
      expect(parseArrangementJson(formatArrangementJson(arrangement))).toEqual({
        isValid: true,
        arrangement,
      });
    }
  });

  it('reports broken JSON', () => {
    const result = parseArrangementJson('{ "year": 2026,');
    expect(result.isValid).toBe(false);
    expect(!result.isValid && result.errors[0]).toContain('不是有效的 JSON');
  });

  it('names the field of a structural error', () => {
    const result = parseArrangementJson(
      withHolidays([{ name: '春节', firstDay: '2026-2-15', lastDay: '2026-02-23', makeUpWorkingDays: [] }]),
    );
    expect(result).toEqual({
      isValid: false,
      errors: ['节假日 holidays的第1项的放假开始日期 firstDay应为 YYYY-MM-DD 格式的真实日期'],
    });
    const missingSource = parseArrangementJson(JSON.stringify({ ...validFile, sources: [] }));
    expect(!missingSource.isValid && missingSource.errors).toEqual(['来源通知 sources至少需要一项来源通知']);
    const unknownField = parseArrangementJson(JSON.stringify({ ...validFile, comment: 'x' }));
    expect(!unknownField.isValid && unknownField.errors[0]).toContain('未知字段：comment');
  });

  it('rejects dates outside the stated year', () => {
    const result = parseArrangementJson(
      withHolidays([
        { name: '国庆节', firstDay: '2025-10-01', lastDay: '2025-10-07', makeUpWorkingDays: [] },
      ]),
    );
    expect(!result.isValid && result.errors).toEqual([
      '国庆节的放假期间2025年10月1日至2025年10月7日不在2026年内',
    ]);
  });

  it('accepts a 元旦 period starting in the previous December, but nothing else there', () => {
    const newYear = parseArrangementJson(
      withHolidays([{ name: '元旦', firstDay: '2025-12-31', lastDay: '2026-01-02', makeUpWorkingDays: [] }]),
    );
    expect(newYear.isValid).toBe(true);
    const otherHoliday = parseArrangementJson(
      withHolidays([{ name: '春节', firstDay: '2025-12-31', lastDay: '2026-01-02', makeUpWorkingDays: [] }]),
    );
    expect(!otherHoliday.isValid && otherHoliday.errors).toEqual([
      '春节的放假期间2025年12月31日至2026年1月2日不在2026年内',
    ]);
  });

  it('rejects a make-up working day that is not a weekend', () => {
    const result = parseArrangementJson(
      withHolidays([
        { name: '春节', firstDay: '2026-02-15', lastDay: '2026-02-23', makeUpWorkingDays: ['2026-02-13'] },
      ]),
    );
    expect(!result.isValid && result.errors).toEqual([
      '春节的调休上班日2026年2月13日不是星期六或星期日（工作日本来就上班）',
    ]);
  });

  it('rejects a holiday on a day already declared a working day', () => {
    const result = parseArrangementJson(
      withHolidays([
        { name: '春节', firstDay: '2026-02-15', lastDay: '2026-02-23', makeUpWorkingDays: ['2026-02-28'] },
        { name: '元宵', firstDay: '2026-02-28', lastDay: '2026-02-28', makeUpWorkingDays: [] },
      ]),
    );
    expect(!result.isValid && result.errors).toEqual([
      '2026年2月28日已声明为春节调休上班日，不能同时是元宵的放假日',
    ]);
  });

  it('rejects overlapping holidays and reversed periods', () => {
    const overlapping = parseArrangementJson(
      withHolidays([
        { name: '中秋节', firstDay: '2026-09-25', lastDay: '2026-09-27', makeUpWorkingDays: [] },
        { name: '国庆节', firstDay: '2026-09-27', lastDay: '2026-10-07', makeUpWorkingDays: [] },
      ]),
    );
    expect(!overlapping.isValid && overlapping.errors).toEqual([
      '2026年9月27日同时属于中秋节和国庆节的放假期间',
    ]);
    const reversed = parseArrangementJson(
      withHolidays([
        { name: '国庆节', firstDay: '2026-10-07', lastDay: '2026-10-01', makeUpWorkingDays: [] },
      ]),
    );
    expect(!reversed.isValid && reversed.errors[0]).toContain('晚于结束日期');
  });
});
