import { describe, expect, it } from 'vitest';
import { numberCell } from './cell-value.ts';
import { compareReportYears } from './compare-report-years.ts';
import { buildExampleReport } from './example-report-factory.ts';

describe('compareReportYears', () => {
  it('lists table 二 and the 总计 columns of tables 三 and 四, with the difference of two numbers', () => {
    const report = buildExampleReport(3);
    const previousReport = buildExampleReport(3);
    report.cells['table3.newlyReceived.total'] = numberCell(12);
    previousReport.cells['table3.newlyReceived.total'] = numberCell(20);
    previousReport.cells['table2.licensing.decisions'] = { kind: 'blank', text: '' };
    const lines = compareReportYears({ report, previousReport });
    // 10 cells of table 二, 25 rows of table 三's 总计 column, 3 rows of table 四's 总计 column.
    expect(lines).toHaveLength(10 + 25 + 3);
    const received = lines.find((line) => line.cellKey === 'table3.newlyReceived.total');
    expect(received).toMatchObject({ currentText: '12', previousText: '20', difference: -8 });
    expect(received?.rowLabel).toBe('一、本年新收政府信息公开申请数量');
    const licensing = lines.find((line) => line.cellKey === 'table2.licensing.decisions');
    expect(licensing).toMatchObject({ previousText: '', difference: null });
    expect(lines.some((line) => line.cellKey === 'table3.newlyReceived.naturalPerson')).toBe(false);
  });
});
