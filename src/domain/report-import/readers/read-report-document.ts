import { createBlankReport, type AnnualReport } from '../../annual-report/annual-report.ts';
import { parseCellValue } from '../../annual-report/cell-value.ts';
import { checkAnnualReport } from '../../annual-report/checks/check-annual-report.ts';
import { fieldCatalogueFor } from '../../annual-report/field-catalogue.ts';
import type { FieldCatalogue, TableId } from '../../annual-report/field-catalogue-types.ts';
import type { SectionKey } from '../../annual-report/section-catalogue.ts';
import type { ImportFinding } from '../import-finding.ts';
import type { NormalisationNotes } from '../normalise/normalise-text.ts';
import type { ReportImportResult } from '../report-import-result.ts';
import { detectReportFormat } from './detect-format.ts';
import { gridTokens, type DocumentBlock } from './document-blocks.ts';
import { findTitle, findYearInText, locateSectionHeadings, type SectionHeading } from './locate-sections.ts';
import { hasTableLabel, regionByLabels, sectionRegions, type Region } from './locate-table-regions.ts';
import { readTable } from './read-table.ts';
import { tableLabelIndexFor } from './table-label-index.ts';
import { lineOf, trimToReport } from './trim-to-report.ts';

const tableSections: Record<TableId, SectionKey> = {
  二: 'proactiveDisclosure',
  三: 'requestsReceivedAndHandled',
  四: 'reconsiderationAndLitigation',
};
const tableIds: readonly TableId[] = ['二', '三', '四'];

const textSectionNames: ReadonlyArray<[SectionKey, string]> = [
  ['overview', '第一部分“总体情况”'],
  ['problemsAndImprovements', '第五部分“存在的主要问题及改进情况”'],
  ['otherMatters', '第六部分“其他需要报告的事项”'],
];

function info(code: ImportFinding['code'], message: string): ImportFinding {
  return { code, severity: 'info', cellKeys: [], message };
}

function normalisationFindings(options: {
  notes: NormalisationNotes;
  droppedLines: number;
}): ImportFinding[] {
  const findings: ImportFinding[] = [];
  if (options.notes.wasTraditional) findings.push(info('scriptConverted', '原文为繁体字，已转换为简体字。'));
  if (options.notes.hadPinyin) findings.push(info('pinyinRemoved', '原文在汉字后插入了拼音注音，已删除。'));
  if (options.droppedLines > 0) {
    findings.push(
      info('linesDropped', `删除了报告正文以外的 ${options.droppedLines} 行（网站导航、页脚、广告等）。`),
    );
  }
  return findings;
}

function identityFindings(report: AnnualReport): ImportFinding[] {
  const findings: ImportFinding[] = [];
  const warning = (code: ImportFinding['code'], message: string): void => {
    findings.push({ code, severity: 'warning', cellKeys: [], message });
  };
  if (report.title === null) warning('titleNotFound', '未找到报告标题（“××××年政府信息公开工作年度报告”）。');
  if (report.year === null) {
    findings.push({ code: 'yearNotFound', severity: 'error', cellKeys: [], message: '未能确定报告年度。' });
  }
  if (report.agencyName === null) warning('agencyNotFound', '未能从标题确定行政机关名称。');
  if (report.format === '2019-trial') {
    findings.push(
      info('formatTrial2019', '表格为2019年试行格式（国办公开办函〔2019〕60号），按该格式读取。'),
    );
  }
  return findings;
}

/** Puts each section found into the report; a table section's text is what precedes its table. */
function fillSections(options: {
  report: AnnualReport;
  lines: readonly string[];
  headings: readonly SectionHeading[];
  regions: ReadonlyMap<SectionKey, Region>;
  catalogue: FieldCatalogue;
}): ImportFinding[] {
  options.headings.forEach((heading, position) => {
    const key = heading.definition.key;
    const region = options.regions.get(key);
    const regionLines = region ? options.lines.slice(region.start, region.end) : [];
    const tableId = tableIds.find((id) => tableSections[id] === key);
    const index =
      tableId === undefined ? null : tableLabelIndexFor({ catalogue: options.catalogue, table: tableId });
    const tableStart = index === null ? -1 : regionLines.findIndex((line) => hasTableLabel(index, line));
    const text = regionLines
      .slice(0, tableStart < 0 ? regionLines.length : tableStart)
      .filter((line) => line.trim() !== '')
      .join('\n');
    options.report.sections[key] = { key, title: heading.title, text, position };
  });
  return textSectionNames
    .filter(([key]) => options.report.sections[key] === undefined)
    .map(([, name]) => ({
      code: 'sectionNotFound',
      severity: 'warning',
      cellKeys: [],
      message: `未找到${name}。`,
    }));
}

/** Reads the three tables into the report's cells, each in its section or, failing that, by its labels. */
function fillTables(options: {
  report: AnnualReport;
  blocks: readonly DocumentBlock[];
  headings: readonly SectionHeading[];
  regions: ReadonlyMap<SectionKey, Region>;
  catalogue: FieldCatalogue;
}): ImportFinding[] {
  const { report, catalogue } = options;
  const findings: ImportFinding[] = [];
  for (const tableId of tableIds) {
    const index = tableLabelIndexFor({ catalogue, table: tableId });
    let region = options.regions.get(tableSections[tableId]) ?? null;
    if (!region) {
      region = regionByLabels({ blocks: options.blocks, index, headings: options.headings });
      if (region) {
        findings.push({
          code: 'tableFoundWithoutHeading',
          severity: 'warning',
          table: tableId,
          cellKeys: [],
          message: `未找到第${tableId}部分的标题，按表格标签找到了表${tableId}。`,
        });
      }
    }
    const reading = readTable({
      blocks: region ? options.blocks.slice(region.start, region.end) : [],
      index,
      catalogue,
    });
    const isFound =
      reading.cells.size > 0 ||
      reading.foundRows.size > 0 ||
      reading.findings.some((finding) => finding.code !== 'rowMissing' && finding.code !== 'columnMissing');
    if (!isFound) {
      findings.push({
        code: 'tableNotFound',
        severity: 'error',
        table: tableId,
        cellKeys: [],
        message: `未找到表${tableId}，其单元格均按空白处理。`,
      });
      continue;
    }
    findings.push(...reading.findings);
    for (const [cellKey, cell] of reading.cells) {
      if (!(cellKey in report.cells)) continue;
      const value = parseCellValue(
        cell.note === undefined ? { text: cell.text } : { text: cell.text, note: cell.note },
      );
      report.cells[cellKey] = value;
      if (value.kind === 'unreadable' && value.text !== '') {
        findings.push({
          code: 'cellUnreadable',
          severity: 'error',
          table: tableId,
          cellKeys: [cellKey],
          message: `表${tableId}单元格“${value.text}”不是数字，未读取。`,
        });
      }
    }
  }
  return findings;
}

/**
 * Reads a report from its normalised blocks: title, year and agency, the six sections by their
 * titles, the three tables by their labels; then runs every check.
 */
export function readReportDocument(options: {
  blocks: readonly DocumentBlock[];
  notes: NormalisationNotes;
}): ReportImportResult {
  const trimmed = trimToReport(options.blocks);
  const blocks = trimmed.blocks;
  const lines = blocks.map((block) => lineOf(block) ?? '');
  const headings = locateSectionHeadings(lines);
  const title = findTitle(lines.slice(0, headings[0]?.lineIndex ?? lines.length));
  const format = detectReportFormat(
    blocks.flatMap((block) => (block.kind === 'grid' ? gridTokens(block.grid) : block.text.split('|'))),
  );
  const catalogue = fieldCatalogueFor(format);
  const report = createBlankReport({
    format,
    year: title?.year ?? findYearInText(lines.join('\n')),
    agencyName: title?.agencyName ?? null,
  });
  report.title = title?.title ?? null;
  const regions = sectionRegions(headings, blocks.length);
  const importFindings = [
    ...normalisationFindings({ notes: options.notes, droppedLines: trimmed.dropped }),
    ...identityFindings(report),
    ...fillSections({ report, lines, headings, regions, catalogue }),
    ...fillTables({ report, blocks, headings, regions, catalogue }),
  ];
  return { report, importFindings, checkFindings: checkAnnualReport({ report }) };
}
