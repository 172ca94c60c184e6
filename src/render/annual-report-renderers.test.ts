import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { createBlankReport } from '../domain/annual-report/annual-report.ts';
import { buildExampleReport } from '../domain/annual-report/example-report-factory.ts';
import { fieldCatalogue2021 } from '../domain/annual-report/field-catalogue.ts';
import { readDocxReport } from '../domain/report-import/readers/read-docx-report.ts';
import { readHtmlReport } from '../domain/report-import/readers/read-html-report.ts';
import { readTextReport } from '../domain/report-import/readers/read-text-report.ts';
import { renderCellListing } from './annual-report-cell-listing.ts';
import { renderReportDocx } from './annual-report-docx.ts';
import { renderReportHtml } from './annual-report-html.ts';
import { renderReportJson } from './annual-report-json.ts';

describe('renderCellListing', () => {
  it('writes 200 tab-separated lines with the exact labels and values as written', () => {
    const report = buildExampleReport(301);
    report.cells['table2.regulations.issued'] = { kind: 'notApplicable', text: '/' };
    report.cells['table2.fees.amount'] = { kind: 'number', value: 1.5, text: '1.50' };
    report.cells['table3.carriedOver.naturalPerson'] = { kind: 'blank', text: '' };
    const lines = renderCellListing(report).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(200);
    expect(lines.every((line) => line.split('\t').length === 4)).toBe(true);
    expect(lines[0]).toBe('二\t规章\t本年制发件数\t/');
    expect(lines[9]).toBe('二\t行政事业性收费\t本年收费金额（单位：万元）\t1.50');
    expect(lines[17]).toBe('三\t二、上年结转政府信息公开申请数量\t自然人\t');
    expect(lines[199]?.startsWith('四\t行政诉讼/复议后起诉\t总计\t')).toBe(true);
  });
});

describe('renderReportHtml', () => {
  it('prints every catalogue label character for character and spans cells like the official tables', () => {
    const html = renderReportHtml({ report: buildExampleReport(302) });
    const text = cheerio.load(html).text();
    for (const cell of fieldCatalogue2021.cells) {
      for (const label of [
        cell.row.label,
        cell.column.label,
        cell.row.groupLabel,
        cell.column.groupLabel,
        cell.block.caption,
      ]) {
        if (label !== undefined) expect(text).toContain(label);
      }
    }
    expect(html).toContain(
      '<td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>',
    );
    expect(html).toContain('<td rowspan="22">三、本年度办理结果</td>');
    expect(html).toContain('<td rowspan="8">（三）不予公开</td>');
    expect(html).toContain('<td colspan="10">行政诉讼</td>');
  });

  it('marks the cells in question', () => {
    const html = renderReportHtml({
      report: buildExampleReport(303),
      highlightedCellKeys: new Set(['table3.resultTotal.total']),
    });
    expect(html).toMatch(/data-cell="table3\.resultTotal\.total" class="in-question"/);
  });
});

describe('renderReportJson', () => {
  it('gives back the model', () => {
    const report = buildExampleReport(304);
    expect(JSON.parse(renderReportJson({ report })).report).toEqual(report);
  });
});

describe('round trip: model → renderer → reader → identical cells', () => {
  it.each([305, 306, 307])('HTML, DOCX and TSV of example report %i', async (seed) => {
    const report = buildExampleReport(seed);
    const expected = renderCellListing(report);
    expect(renderCellListing(readHtmlReport(renderReportHtml({ report })).report)).toBe(expected);
    const fromDocx = await readDocxReport(await renderReportDocx(report));
    expect(renderCellListing(fromDocx.report)).toBe(expected);
    expect(fromDocx.report.sections.overview?.text).toBe(report.sections.overview?.text);
    expect(renderCellListing(readTextReport(expected).report)).toBe(expected);
  });

  it('keeps an empty report empty (no cell invented)', async () => {
    const blank = createBlankReport({ format: '2021', year: 2024, agencyName: '示例局' });
    const fromDocx = await readDocxReport(await renderReportDocx(blank));
    expect(renderCellListing(fromDocx.report)).toBe(renderCellListing(blank));
  });
});
