import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../domain/annual-report/annual-report.ts';
import { numberCell, type CellValue } from '../domain/annual-report/cell-value.ts';
import { buildExampleReport } from '../domain/annual-report/example-report-factory.ts';
import { sectionDefinitions } from '../domain/annual-report/section-catalogue.ts';
import { renderReportPdf } from './annual-report-pdf.ts';
import { chineseFontProblem, extractPdfText, isCommandAvailable } from './pdf/pdf-test-support.ts';

const columnKeys = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrganisation',
  'legalServiceInstitution',
  'otherOrganisation',
  'total',
] as const;

/** An example report with known values written over the cells the test reads back. */
function reportWithKnownValues(): AnnualReport {
  const report = buildExampleReport(611);
  const set = (key: string, value: CellValue): void => {
    if (!(key in report.cells)) throw new Error(`unknown cell ${key}`);
    report.cells[key] = value;
  };
  const setRow = (prefix: string, values: readonly number[]): void => {
    columnKeys.forEach((column, index) => set(`${prefix}.${column}`, numberCell(values[index] ?? 0)));
  };
  set('table2.regulations.issued', { kind: 'notApplicable', text: '/' });
  set('table2.regulations.repealed', { kind: 'blank', text: '' });
  set('table2.regulations.inForce', numberCell(3));
  set('table2.normativeDocuments.issued', numberCell(17));
  set('table2.normativeDocuments.repealed', numberCell(4));
  set('table2.normativeDocuments.inForce', numberCell(58));
  set('table2.fees.amount', { kind: 'number', value: 12.35, text: '12.35' });
  setRow('table3.newlyReceived', [801, 2, 3, 0, 1, 100, 907]);
  setRow('table3.withheldStateSecret', [7, 0, 0, 0, 0, 0, 7]);
  setRow('table3.carriedForward', [11, 0, 1, 0, 0, 0, 12]);
  const review = [3, 1, 0, 2, 6];
  const direct = [0, 0, 0, 5, 5];
  ['upheld', 'corrected', 'otherResult', 'pending', 'total'].forEach((column, index) => {
    set(`table4.reconsideration.${column}`, numberCell(review[index] ?? 0));
    set(`table4.litigationDirect.${column}`, numberCell(direct[index] ?? 0));
    set(`table4.litigationAfterReconsideration.${column}`, numberCell(0));
  });
  return report;
}

describe('renderReportPdf', () => {
  const fontProblem = chineseFontProblem();
  const isPdftotextAvailable = isCommandAvailable('pdftotext');
  const report = reportWithKnownValues();
  let pdf: Buffer = Buffer.alloc(0);
  let folder = '';
  let file = '';

  beforeAll(async () => {
    if (fontProblem !== null) return;
    pdf = await renderReportPdf(report, { notice: '（草稿，尚未发布）' });
    folder = mkdtempSync(path.join(tmpdir(), 'gongkai-report-pdf-'));
    file = path.join(folder, 'report.pdf');
    writeFileSync(file, pdf);
  });
  afterAll(() => {
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  /** The text of the PDF or of one page; `-layout` keeps the cells of a table row on one line. */
  const textOf = (options: { page?: number; isLayout?: boolean } = {}): string =>
    extractPdfText(pdf, options);
  /** Each line of the laid-out text split on the space between cells: a table row is one line. */
  const lineCells = (): string[][] =>
    textOf({ isLayout: true })
      .split('\n')
      .map((line) => line.trim().split(/\s+/));
  const skipWithoutTools = (context: { skip: (condition: boolean, note: string) => void }): void => {
    context.skip(fontProblem !== null, `no Chinese font on this machine: ${fontProblem ?? ''}`);
    context.skip(!isPdftotextAvailable, 'pdftotext is not installed (apt-get install poppler-utils)');
  };

  it('prints the title, the notice, the six section titles with numerals and the section text', (context) => {
    skipWithoutTools(context);
    const text = textOf().replace(/\s+/g, '');
    expect(text).toContain(`${report.agencyName ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`);
    expect(text).toContain('（草稿，尚未发布）');
    for (const definition of sectionDefinitions)
      expect(text).toContain(`${definition.numeral}、${definition.title}`);
    expect(text).toContain('（三）政府信息管理落实“三审三校”制度。');
    expect(text).toContain(`${report.agencyName ?? ''}${report.year ?? ''}年度未收取信息处理费。`);
  });

  it('prints table 二 with "/" and a blank cell apart, and the fee as written', (context) => {
    skipWithoutTools(context);
    expect(lineCells()).toContainEqual(['规章', '/', '3']);
    expect(lineCells()).toContainEqual(['行政规范性文件', '17', '4', '58']);
    expect(lineCells()).toContainEqual(['行政事业性收费', '12.35']);
  });

  it('prints table 三 rows with their seven values and table 四 in one row of fifteen', (context) => {
    skipWithoutTools(context);
    expect(lineCells()).toContainEqual([
      '一、本年新收政府信息公开申请数量',
      ...['801', '2', '3', '0', '1', '100', '907'],
    ]);
    expect(lineCells()).toContainEqual(['1.属于国家秘密', '7', '0', '0', '0', '0', '0', '7']);
    expect(lineCells()).toContainEqual(['四、结转下年度继续办理', ...['11', '0', '1', '0', '0', '0', '12']]);
    expect(lineCells()).toContainEqual('3 1 0 2 6 0 0 0 5 5 0 0 0 0 0'.split(' '));
  });

  it('puts table 三 on two landscape pages, the header rows repeated on the second', (context) => {
    skipWithoutTools(context);
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({ page: Number(match[1]), width: Number(match[2]), height: Number(match[3]) }));
    const landscape = sizes.filter((size) => size.width > size.height).map((size) => size.page);
    expect(landscape).toHaveLength(2);
    const [first, second] = landscape;
    expect(second).toBe((first ?? 0) + 1);
    const pageTexts = landscape.map((page) => textOf({ page }).replace(/\s+/g, ''));
    for (const text of pageTexts) {
      expect(text).toContain('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
      expect(text).toContain('申请人情况');
      expect(text).toContain('科研机构');
    }
    expect(pageTexts[0]).toContain('一、本年新收政府信息公开申请数量');
    expect(pageTexts[1]).toContain('四、结转下年度继续办理');
    expect(pageTexts[1]).not.toContain('一、本年新收政府信息公开申请数量');
  });
});
