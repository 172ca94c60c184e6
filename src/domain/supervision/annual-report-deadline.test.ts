import { describe, expect, it } from 'vitest';
import { annualReportDeadline, reportingBodyKindOf } from './annual-report-deadline.ts';

describe('annualReportDeadline (Art. 49)', () => {
  it('is 31 January for departments and 31 March for governments, of the next year', () => {
    expect(annualReportDeadline({ year: 2024, kind: 'department' })).toBe('2025-01-31');
    expect(annualReportDeadline({ year: 2024, kind: 'government' })).toBe('2025-03-31');
  });

  it('takes an earlier local rule as a setting', () => {
    const settings = { departmentMonthDay: '01-15', governmentMonthDay: '02-28' };
    expect(annualReportDeadline({ year: 2024, kind: 'government', settings })).toBe('2025-02-28');
  });
});

describe('reportingBodyKindOf', () => {
  it('reads governments from the name, departments otherwise', () => {
    expect(reportingBodyKindOf({ level: 'city', name: '云阳市人民政府' })).toBe('government');
    expect(reportingBodyKindOf({ level: 'city', name: '云阳市人民政府办公室' })).toBe('government');
    expect(reportingBodyKindOf({ level: 'province', name: '某某省人民政府办公厅' })).toBe('government');
    expect(reportingBodyKindOf({ level: 'township', name: '白沙镇' })).toBe('government');
    expect(reportingBodyKindOf({ level: 'city', name: '云阳市交通运输局' })).toBe('department');
    expect(reportingBodyKindOf({ level: 'county', name: '东湖区人民政府国有资产监督管理委员会' })).toBe(
      'department',
    );
    expect(reportingBodyKindOf({ level: 'stateCouncilDepartment', name: '某某部' })).toBe('department');
  });
});
