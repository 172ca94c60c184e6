import { describe, expect, it } from 'vitest';
import { cellListingText } from '../../annual-report/cell-listing.ts';
import { buildExampleReport } from '../../annual-report/example-report-factory.ts';
import { layoutReportTables } from '../../annual-report/table-layout.ts';
import { expandTableGrid } from './expand-table-grid.ts';
import { readHtmlReport } from './read-html-report.ts';

function tableHtml(report: ReturnType<typeof buildExampleReport>, table: '二' | '三' | '四'): string {
  const layout = layoutReportTables(report).find((candidate) => candidate.table === table);
  if (!layout) throw new Error(`no table ${table}`);
  const rows = layout.rows.map(
    (row) =>
      `<tr>${row
        .map(
          (cell) =>
            `<td${cell.columnSpan > 1 ? ` colspan="${cell.columnSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}><p><span>${cell.text}</span></p></td>`,
        )
        .join('')}</tr>`,
  );
  return `<table border="1"><tbody>${rows.join('\n')}</tbody></table>`;
}

/** A page as a government site publishes it: navigation, a layout table around the report, a footer. */
function publishedPage(
  report: ReturnType<typeof buildExampleReport>,
  options: { traditional?: (text: string) => string } = {},
): string {
  const convert = options.traditional ?? ((text: string) => text);
  const paragraph = (text: string): string =>
    text
      .split('\n')
      .map((line) => `<p style="text-indent:2em">${convert(line)}</p>`)
      .join('');
  const sections = report.sections;
  return `<!DOCTYPE html><html><head><title>x</title><script>var a = "一、总体情况";</script><style>p{}</style></head><body>
<div class="nav">首页 &gt; 政务公开 &gt; 年度报告</div>
<table class="layout"><tr><td>
<h2 style="text-align:center">${convert(report.title ?? '')}</h2>
<p><strong>一、总体情况</strong></p>${paragraph(sections.overview?.text ?? '')}
<p><strong>二、主动公开政府信息情况</strong></p>${tableHtml(report, '二')}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>${tableHtml(report, '三')}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>${tableHtml(report, '四')}
<p><strong>五、存在的主要问题及改进情况</strong></p>${paragraph(sections.problemsAndImprovements?.text ?? '')}
<p><strong>六、其他需要报告的事项</strong></p>${paragraph(sections.otherMatters?.text ?? '')}
</td></tr></table>
<div class="footer">版权所有：某某市人民政府办公室 | 网站标识码 0000000000</div>
</body></html>`;
}

describe('expandTableGrid', () => {
  it('fills every position a merged cell covers and marks where it was written', () => {
    const grid = expandTableGrid([
      [
        { text: 'A', columnSpan: 1, rowSpan: 2 },
        { text: 'B', columnSpan: 2, rowSpan: 1 },
      ],
      [
        { text: 'C', columnSpan: 1, rowSpan: 1 },
        { text: 'D', columnSpan: 1, rowSpan: 1 },
      ],
    ]);
    expect(grid.cells).toEqual([
      ['A', 'B', 'B'],
      ['A', 'C', 'D'],
    ]);
    expect(grid.isOrigin).toEqual([
      [true, true, false],
      [false, true, true],
    ]);
  });

  it('survives absurd spans', () => {
    const grid = expandTableGrid([[{ text: 'x', columnSpan: 1e9, rowSpan: -3 }], []]);
    expect(grid.cells[0]?.length).toBe(100);
  });
});

describe('readHtmlReport', () => {
  it('reads a published page with a layout table, rowspan/colspan tables, navigation and footer', () => {
    const report = buildExampleReport(201);
    const result = readHtmlReport(publishedPage(report));
    expect(cellListingText(result.report)).toBe(cellListingText(report));
    expect(result.report.agencyName).toBe(report.agencyName);
    expect(result.report.sections.otherMatters?.text).toBe(report.sections.otherMatters?.text);
    expect(result.checkFindings).toEqual([]);
  });

  it('reads a page with pinyin inserted in the cells and a missing column, which it reports', () => {
    const report = buildExampleReport(202);
    const html = publishedPage(report)
      .replace(/申请人情况/g, '申(shēn)请人情况')
      .replace(/<td><p><span>法律服务机构<\/span><\/p><\/td>/, '')
      .replace(/<td colspan="5"><p><span>法人或其他组织/, '<td colspan="4"><p><span>法人或其他组织');
    // Drop the 法律服务机构 value (5th value cell) from every data row of table 三.
    const withoutColumn = html.replace(
      /(<tr><td[^>]*><p><span>[^<]*[\u4e00-\u9fff][^<]*<\/span><\/p><\/td>(?:<td[^>]*><p><span>[^<]*<\/span><\/p><\/td>)*?)(<td><p><span>\d+<\/span><\/p><\/td>){7}<\/tr>/g,
      (row) => {
        const cells = row.match(/<td><p><span>\d+<\/span><\/p><\/td>/g) ?? [];
        const values = cells.slice(-7);
        const kept = [...values.slice(0, 4), ...values.slice(5)];
        return row.slice(0, row.length - values.join('').length - '</tr>'.length) + kept.join('') + '</tr>';
      },
    );
    expect(withoutColumn.match(/<td><p><span>\d+<\/span><\/p><\/td>/g)?.length).toBe(
      (html.match(/<td><p><span>\d+<\/span><\/p><\/td>/g)?.length ?? 0) - 25,
    );
    expect(html).toContain('申(shēn)请人情况');
    const result = readHtmlReport(withoutColumn);
    const missing = result.importFindings.filter((finding) => finding.code === 'columnMissing');
    expect(missing.map((finding) => finding.message).join()).toContain('法律服务机构');
    expect(result.report.cells['table3.newlyReceived.otherOrganisation']).toEqual(
      report.cells['table3.newlyReceived.otherOrganisation'],
    );
    expect(result.report.cells['table3.newlyReceived.total']).toEqual(
      report.cells['table3.newlyReceived.total'],
    );
    expect(result.report.cells['table3.newlyReceived.legalServiceInstitution']?.kind).toBe('blank');
  });
});
