import { describe, expect, it } from 'vitest';
import { createBlankReport } from '../../annual-report/annual-report.ts';
import { numberCell } from '../../annual-report/cell-value.ts';
import { buildExampleReport, randomSource } from '../../annual-report/example-report-factory.ts';
import { sectionDefinitions } from '../../annual-report/section-catalogue.ts';
import { cellListingText } from '../../annual-report/cell-listing.ts';
import { renderNoisyReportText, type NoisyTextOptions } from '../testing/noisy-report-text.ts';
import { readTextReport } from './read-text-report.ts';

const spamBefore = [
  '首页 > 政务公开 > 政府信息公开年报',
  '热门推荐：三步学会网上办事',
  '点击进入领取免费课程',
];
const spamAfter = ['上一篇：关于举办业务培训的通知', '版权所有：某某信息网', '扫一扫在手机打开当前页'];
const allNoise = {
  isTraditional: true,
  hasPinyin: true,
  hasDoubledPunctuation: true,
  spamBefore,
  spamAfter,
  dropsNoteCell: true,
  splitsHeaderLabels: true,
} satisfies Partial<NoisyTextOptions>;

const layouts = ['pipeRows', 'spacedRows', 'cellPerLine', 'blankLineSeparated'] as const;

function listingLines(text: string): string[] {
  return text.trimEnd().split('\n');
}

describe('readTextReport on every noisy form', () => {
  for (const tableLayout of layouts) {
    it(`reads ${tableLayout} tables in traditional script with pinyin, doubled marks and spam back exactly`, () => {
      const report = buildExampleReport(101);
      const result = readTextReport(renderNoisyReportText({ report, tableLayout, ...allNoise }));
      expect(cellListingText(result.report)).toBe(cellListingText(report));
      expect(result.report).toMatchObject({
        year: report.year,
        agencyName: report.agencyName,
        format: '2021',
      });
      expect(result.importFindings.map((finding) => finding.code).sort()).toEqual([
        'linesDropped',
        'pinyinRemoved',
        'scriptConverted',
      ]);
      expect(result.checkFindings).toEqual([]);
      expect(result.report.sections.otherMatters?.text).toBe(report.sections.otherMatters?.text);
      expect(result.report.sections.overview?.text).toBe(report.sections.overview?.text);
    });
  }

  it('keeps blank cells blank, "/" as not applicable, and reports the blanks (rule 5)', () => {
    const report = buildExampleReport(102);
    report.cells['table3.carriedOver.researchInstitution'] = { kind: 'blank', text: '' };
    report.cells['table4.reconsideration.pending'] = { kind: 'blank', text: '' };
    report.cells['table2.regulations.issued'] = { kind: 'notApplicable', text: '/' };
    const result = readTextReport(
      renderNoisyReportText({ report, tableLayout: 'pipeRows', isTraditional: true }),
    );
    expect(cellListingText(result.report)).toBe(cellListingText(report));
    expect(result.report.cells['table3.carriedOver.researchInstitution']?.kind).toBe('blank');
    expect(result.report.cells['table2.regulations.issued']?.kind).toBe('notApplicable');
    const blanks = result.checkFindings
      .filter((finding) => finding.ruleId === 5)
      .flatMap((finding) => finding.cellKeys);
    expect(blanks.sort()).toEqual([
      'table3.carriedOver.researchInstitution',
      'table4.reconsideration.pending',
    ]);
  });
});

/** Removes the n-th cell of every row of table 三 in a `|` rendering (header and data rows). */
function dropTableThreeColumn(text: string, label: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('三、收到和处理'));
  const end = lines.findIndex((line) => line.startsWith('四、政府信息公开行政复议'));
  const dataPosition = 2; // 科研机构 is the third value of a row
  return lines
    .map((line, index) => {
      if (index <= start || index >= end) return line;
      const cells = line.split(' | ');
      const headerPosition = cells.findIndex((cell) => cell === label);
      if (headerPosition >= 0)
        return [...cells.slice(0, headerPosition), ...cells.slice(headerPosition + 1)].join(' | ');
      const firstValue = cells.findIndex((cell) => /^\d+$/.test(cell));
      if (firstValue < 0) return line;
      const position = firstValue + dataPosition;
      return [...cells.slice(0, position), ...cells.slice(position + 1)].join(' | ');
    })
    .join('\n');
}

describe('matching by labels, not by position', () => {
  it('detects a missing column and reads every other cell in its right column', () => {
    const report = buildExampleReport(103);
    const text = dropTableThreeColumn(renderNoisyReportText({ report, tableLayout: 'pipeRows' }), '科研机构');
    const result = readTextReport(text);
    const missing = result.importFindings.filter((finding) => finding.code === 'columnMissing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain('科研机构');
    expect(missing[0]?.cellKeys).toHaveLength(25);
    const expected = listingLines(cellListingText(report));
    const actual = listingLines(cellListingText(result.report));
    actual.forEach((line, index) => {
      if (line.includes('\t科研机构\t')) expect(line.endsWith('\t')).toBe(true);
      else expect(line).toBe(expected[index]);
    });
  });

  it('detects an extra column and leaves the rows unread rather than shifting them', () => {
    const report = buildExampleReport(104);
    const text = renderNoisyReportText({ report, tableLayout: 'pipeRows' })
      .split('\n')
      .map((line) =>
        line.startsWith('商业企业 |') ? line.replace('商业企业 |', '个体工商户 | 商业企业 |') : line,
      )
      .map((line) => (/^(一、本年新收|二、上年结转)/.test(line) ? line.replace(' | ', ' | 7 | ') : line))
      .join('\n');
    const result = readTextReport(text);
    expect(
      result.importFindings.some(
        (finding) => finding.code === 'columnUnrecognised' && finding.message.includes('个体工商户'),
      ),
    ).toBe(true);
    const received = result.report.cells['table3.newlyReceived.naturalPerson'];
    expect(received?.kind).not.toBe('number');
    expect(received?.note).toContain('不符');
  });

  it('reports a row whose values do not match the header', () => {
    const report = buildExampleReport(105);
    const lines = renderNoisyReportText({ report, tableLayout: 'cellPerLine' }).split('\n');
    const rowLabel = lines.indexOf('2.重复申请');
    lines.splice(rowLabel + 1, 1); // one value lost, as when a PDF drops an empty cell
    const result = readTextReport(lines.join('\n'));
    const mismatch = result.importFindings.filter((finding) => finding.code === 'valueCountMismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.message).toContain('2.重复申请');
    expect(result.report.cells['table3.notProcessedRepeated.naturalPerson']?.kind).toBe('blank');
    expect(result.report.cells['table3.notProcessedMassRepeated.naturalPerson']).toEqual(
      report.cells['table3.notProcessedMassRepeated.naturalPerson'],
    );
  });

  it('finds a table by its labels when its section heading is missing, and says so', () => {
    const report = buildExampleReport(106);
    const text = renderNoisyReportText({ report, tableLayout: 'pipeRows' }).replace(
      '四、政府信息公开行政复议、行政诉讼情况\n',
      '',
    );
    const result = readTextReport(text);
    expect(cellListingText(result.report)).toBe(cellListingText(report));
    expect(result.importFindings.map((finding) => finding.code)).toContain('tableFoundWithoutHeading');
    expect(
      result.checkFindings.some(
        (finding) => finding.ruleId === 10 && finding.message.includes('缺少第四部分'),
      ),
    ).toBe(true);
  });

  it('accepts title variants and reports them (rule 10)', () => {
    const report = buildExampleReport(107);
    const text = renderNoisyReportText({ report, tableLayout: 'pipeRows' }).replace(
      '五、存在的主要问题及改进情况',
      '五、存在的主要问题及改进措施',
    );
    const result = readTextReport(text);
    expect(result.report.sections.problemsAndImprovements?.title).toBe('存在的主要问题及改进措施');
    expect(result.checkFindings.filter((finding) => finding.ruleId === 10)).toHaveLength(1);
  });
});

describe('the 2019 trial format', () => {
  it('is recognised and read with its own table 二 and single （六） row', () => {
    const report = createBlankReport({ format: '2019-trial', year: 2020, agencyName: '临溪市教育局' });
    const pick = randomSource(2019);
    for (const key of Object.keys(report.cells)) report.cells[key] = numberCell(pick(20));
    report.cells['table2.fees.itemsChange'] = { kind: 'number', value: -2, text: '-2' };
    report.title = '临溪市教育局2020年政府信息公开工作年度报告';
    sectionDefinitions.forEach((definition, position) => {
      report.sections[definition.key] = {
        key: definition.key,
        title: definition.title,
        text: definition.numeral === '一' ? '2020年，本局稳步推进政务公开。' : '',
        position,
      };
    });
    const result = readTextReport(
      renderNoisyReportText({ report, tableLayout: 'pipeRows', isTraditional: true, hasPinyin: true }),
    );
    expect(result.report.format).toBe('2019-trial');
    expect(cellListingText(result.report)).toBe(cellListingText(report));
    expect(result.importFindings.map((finding) => finding.code)).toContain('formatTrial2019');
    expect(
      result.checkFindings.some((finding) => finding.ruleId === 10 && finding.message.includes('2019')),
    ).toBe(false);
  });
});

describe('text that is not a report', () => {
  it('reads nothing from unrelated text and reports every table missing', () => {
    const result = readTextReport('欢迎访问本网站\n今日天气晴\n');
    expect(result.importFindings.filter((finding) => finding.code === 'tableNotFound')).toHaveLength(3);
    expect(
      result.checkFindings.filter((finding) => finding.severity === 'hard').length,
    ).toBeGreaterThanOrEqual(200);
  });
});

describe('a table without its header', () => {
  it('is read in the standard column order, with a finding and a note on each cell', () => {
    const report = buildExampleReport(108);
    const lines = renderNoisyReportText({ report, tableLayout: 'pipeRows' }).split('\n');
    const start = lines.findIndex((line) => line.startsWith('四、政府信息公开行政复议'));
    lines.splice(start + 1, 3); // the three header rows of table 四
    const result = readTextReport(lines.join('\n'));
    expect(cellListingText(result.report)).toBe(cellListingText(report));
    expect(
      result.importFindings
        .filter((finding) => finding.code === 'headerNotFound')
        .map((finding) => finding.table),
    ).toEqual(['四']);
    expect(result.report.cells['table4.litigationDirect.total']?.note).toBe('未找到列标题，按标准列序读取');
    expect(result.report.cells['table3.newlyReceived.total']?.note).toBeUndefined();
  });
});

describe('the title', () => {
  it('is the one nearest before section 一, not another report named above it', () => {
    const report = buildExampleReport(109);
    const text = renderNoisyReportText({
      report,
      tableLayout: 'pipeRows',
      spamBefore: [
        '相关报告',
        '某某县林业局2019年政府信息公开工作年度报告',
        '热门推荐：示例网2018年政府信息公开工作年度报告',
      ],
    });
    const result = readTextReport(text);
    expect(result.report).toMatchObject({
      year: report.year,
      agencyName: report.agencyName,
      title: report.title,
    });
  });
});

describe('a header naming fewer columns than the values', () => {
  it('reports table 四 when its header names fewer columns than it has values', () => {
    const report = buildExampleReport(111);
    const text = renderNoisyReportText({ report, tableLayout: 'pipeRows' }).replace(
      /^结果维持 \| 结果纠正 \| 其他结果 \| 尚未审结 \| 总计 \| 结果维持/m,
      '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 结果维持',
    );
    const result = readTextReport(text);
    const mismatch = result.importFindings.find((finding) => finding.code === 'valueCountMismatch');
    expect(mismatch?.table).toBe('四');
    expect(result.importFindings.map((finding) => finding.code)).not.toContain('tableNotFound');
    expect(result.report.cells['table4.reconsideration.total']?.kind).toBe('blank');
  });
});
