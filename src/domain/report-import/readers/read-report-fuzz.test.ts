import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellListingText } from '../../annual-report/cell-listing.ts';
import { buildExampleReport } from '../../annual-report/example-report-factory.ts';
import { fieldCatalogueFor } from '../../annual-report/field-catalogue.ts';
import { layoutReportTables } from '../../annual-report/table-layout.ts';
import type { AnnualReport } from '../../annual-report/annual-report.ts';
import { renderNoisyReportText } from '../testing/noisy-report-text.ts';
import { readHtmlReport } from './read-html-report.ts';
import { readTextReport } from './read-text-report.ts';

const spamLines = fc.constantFrom(
  '首页 > 信息公开 > 年度报告',
  '热门推荐：一分钟看懂新政策',
  '加微信领取免费资料',
  '版权所有：示例网',
  '上一篇：关于某某事项的通知',
  '扫一扫在手机打开当前页',
  '网站标识码：1234567890',
);

const noisyForm = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  tableLayout: fc.constantFrom(
    'pipeRows' as const,
    'spacedRows' as const,
    'cellPerLine' as const,
    'blankLineSeparated' as const,
  ),
  isTraditional: fc.boolean(),
  hasPinyin: fc.boolean(),
  hasDoubledPunctuation: fc.boolean(),
  dropsNoteCell: fc.boolean(),
  splitsHeaderLabels: fc.boolean(),
  spamBefore: fc.array(spamLines, { maxLength: 4 }),
  spamAfter: fc.array(spamLines, { maxLength: 4 }),
});

function simpleHtml(report: AnnualReport): string {
  const tables = new Map(
    layoutReportTables(report).map((layout) => [
      layout.table as string,
      `<table>${layout.rows
        .map(
          (row) =>
            `<tr>${row.map((cell) => `<td colspan="${cell.columnSpan}" rowspan="${cell.rowSpan}">${cell.text}</td>`).join('')}</tr>`,
        )
        .join('')}</table>`,
    ]),
  );
  const sections = Object.values(report.sections)
    .sort((left, right) => (left?.position ?? 0) - (right?.position ?? 0))
    .map((section) => {
      const numeral = '一二三四五六'[section?.position ?? 0] ?? '';
      return `<p>${numeral}、${section?.title ?? ''}</p>${(section?.text ?? '')
        .split('\n')
        .map((line) => `<p>${line}</p>`)
        .join('')}${tables.get(numeral) ?? ''}`;
    });
  return `<html><body><h1>${report.title ?? ''}</h1>${sections.join('')}</body></html>`;
}

describe('readers under fuzzing', () => {
  it('read every generated clean report back exactly, in every noisy text form', () => {
    fc.assert(
      fc.property(noisyForm, ({ seed, ...noise }) => {
        const report = buildExampleReport(seed);
        const result = readTextReport(renderNoisyReportText({ report, ...noise }));
        expect(cellListingText(result.report)).toBe(cellListingText(report));
        expect(result.report.year).toBe(report.year);
        expect(result.report.agencyName).toBe(report.agencyName);
        expect(result.checkFindings).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('read every generated report back exactly from HTML with spans', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const report = buildExampleReport(seed);
        expect(cellListingText(readHtmlReport(simpleHtml(report)).report)).toBe(cellListingText(report));
      }),
      { numRuns: 25 },
    );
  });

  it('never crash or hang on damaged reports: lines lost, swapped or garbled', () => {
    const damage = fc.array(
      fc.record({
        kind: fc.constantFrom('delete', 'duplicate', 'garble', 'swap'),
        position: fc.nat(),
        text: fc.string({ maxLength: 12 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(noisyForm, damage, ({ seed, ...noise }, edits) => {
        const lines = renderNoisyReportText({ report: buildExampleReport(seed), ...noise }).split('\n');
        for (const edit of edits) {
          const at = edit.position % Math.max(lines.length, 1);
          if (edit.kind === 'delete') lines.splice(at, 1);
          else if (edit.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
          else if (edit.kind === 'garble') lines[at] = `${edit.text}${lines[at] ?? ''}${edit.text}`;
          else [lines[at], lines[0]] = [lines[0] ?? '', lines[at] ?? ''];
        }
        const started = performance.now();
        const result = readTextReport(lines.join('\n'));
        expect(performance.now() - started).toBeLessThan(2000);
        expect(Object.keys(result.report.cells)).toHaveLength(
          fieldCatalogueFor(result.report.format).cells.length,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('never crash on arbitrary text or markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        readTextReport(text);
        readHtmlReport(`<table><tr><td rowspan="${text.length}">${text}</td></tr></table>${text}`);
      }),
      { numRuns: 100 },
    );
  });
});
