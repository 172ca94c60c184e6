import { describe, expect, it } from 'vitest';
import { createBlankReport, type AnnualReport } from '../annual-report/annual-report.ts';
import { numberCell, type CellValue } from '../annual-report/cell-value.ts';
import { aggregateAnnualReports, type AggregateInput } from './aggregate-annual-reports.ts';

const newlyReceivedTotal = 'table3.newlyReceived.total';
const regulationsIssued = 'table2.regulations.issued';
const feeAmount = 'table2.fees.amount';
const reconsiderationTotal = 'table4.reconsideration.total';

function reportWith(cells: Record<string, CellValue>, year = 2024): AnnualReport {
  const report = createBlankReport({ format: '2021', year });
  for (const [key, value] of Object.entries(cells)) {
    if (!(key in report.cells)) throw new Error(`unknown cell ${key}`);
    report.cells[key] = value;
  }
  return report;
}

function input(options: {
  name: string;
  source?: AggregateInput['source'];
  report: AnnualReport;
}): AggregateInput {
  return {
    agencyKey: options.name,
    agencyName: options.name,
    source: options.source ?? 'platform',
    report: options.report,
  };
}

const notApplicable: CellValue = { kind: 'notApplicable', text: '/' };
const blank: CellValue = { kind: 'blank', text: '' };

describe('aggregateAnnualReports', () => {
  it('adds numbers and counts blank and "/" apart, never as 0', () => {
    const aggregate = aggregateAnnualReports({
      year: 2024,
      reports: [
        input({
          name: '甲局',
          report: reportWith({ [newlyReceivedTotal]: numberCell(12), [regulationsIssued]: notApplicable }),
        }),
        input({
          name: '乙局',
          source: 'imported',
          report: reportWith({ [newlyReceivedTotal]: numberCell(0), [regulationsIssued]: numberCell(3) }),
        }),
        input({
          name: '丙镇',
          report: reportWith({ [newlyReceivedTotal]: blank, [regulationsIssued]: notApplicable }),
        }),
      ],
    });
    const received = aggregate.cells.find((cell) => cell.cellKey === newlyReceivedTotal);
    // 12 + 0; the blank of 丙镇 adds nothing and is counted as blank.
    expect(received).toMatchObject({ sum: 12, numberCount: 2, blankCount: 1, notApplicableCount: 0 });
    const regulations = aggregate.cells.find((cell) => cell.cellKey === regulationsIssued);
    expect(regulations).toMatchObject({ sum: 3, numberCount: 1, blankCount: 0, notApplicableCount: 2 });
    expect(aggregate.report.cells[newlyReceivedTotal]).toMatchObject({ kind: 'number', value: 12 });
    expect(aggregate.included.map((entry) => [entry.agencyName, entry.source])).toEqual([
      ['甲局', 'platform'],
      ['乙局', 'imported'],
      ['丙镇', 'platform'],
    ]);
  });

  it('keeps a cell "/" when every report says "/", and blank when no report gave a number', () => {
    const aggregate = aggregateAnnualReports({
      year: 2024,
      reports: [
        input({
          name: '甲局',
          report: reportWith({ [regulationsIssued]: notApplicable, [reconsiderationTotal]: blank }),
        }),
        input({
          name: '乙局',
          report: reportWith({ [regulationsIssued]: notApplicable, [reconsiderationTotal]: notApplicable }),
        }),
      ],
    });
    expect(aggregate.report.cells[regulationsIssued]?.kind).toBe('notApplicable');
    expect(aggregate.report.cells[reconsiderationTotal]?.kind).toBe('blank');
    const reconsideration = aggregate.cells.find((cell) => cell.cellKey === reconsiderationTotal);
    expect(reconsideration).toMatchObject({ sum: 0, numberCount: 0, blankCount: 1, notApplicableCount: 1 });
  });

  it('adds amounts in 万元 without binary rounding noise', () => {
    const aggregate = aggregateAnnualReports({
      year: 2024,
      reports: [
        input({
          name: '甲局',
          report: reportWith({ [feeAmount]: { kind: 'number', value: 0.1, text: '0.1' } }),
        }),
        input({
          name: '乙局',
          report: reportWith({ [feeAmount]: { kind: 'number', value: 0.2, text: '0.2' } }),
        }),
      ],
    });
    expect(aggregate.cells.find((cell) => cell.cellKey === feeAmount)?.sum).toBe(0.3);
    expect(aggregate.report.cells[feeAmount]).toMatchObject({ kind: 'number', text: '0.3' });
  });

  it('leaves out reports of the trial format or of another year, saying why', () => {
    const trial = createBlankReport({ format: '2019-trial', year: 2024 });
    const aggregate = aggregateAnnualReports({
      year: 2024,
      reports: [
        input({ name: '甲局', report: reportWith({ [newlyReceivedTotal]: numberCell(5) }) }),
        input({ name: '乙局', source: 'imported', report: trial }),
        input({
          name: '丙局',
          source: 'imported',
          report: reportWith({ [newlyReceivedTotal]: numberCell(7) }, 2023),
        }),
      ],
    });
    expect(aggregate.included.map((entry) => entry.agencyName)).toEqual(['甲局']);
    expect(aggregate.excluded.map((entry) => entry.agencyName)).toEqual(['乙局', '丙局']);
    expect(aggregate.excluded[0]?.reason).toContain('试行格式');
    expect(aggregate.excluded[1]?.reason).toContain('2023');
    expect(aggregate.cells.find((cell) => cell.cellKey === newlyReceivedTotal)?.sum).toBe(5);
  });

  it('covers the 200 cells of tables 二, 三 and 四 and gives blank sums for no reports', () => {
    const aggregate = aggregateAnnualReports({ year: 2024, reports: [] });
    expect(aggregate.cells).toHaveLength(200);
    expect(aggregate.cells.filter((cell) => cell.table === '二')).toHaveLength(10);
    expect(aggregate.cells.filter((cell) => cell.table === '四')).toHaveLength(15);
    expect(Object.values(aggregate.report.cells).every((value) => value.kind === 'blank')).toBe(true);
  });
});
