import { createBlankReport, type AnnualReport } from '../../annual-report/annual-report.ts';
import { parseCellValue } from '../../annual-report/cell-value.ts';
import { checkAnnualReport } from '../../annual-report/checks/check-annual-report.ts';
import { fieldCatalogueFor } from '../../annual-report/field-catalogue.ts';
import type { FieldCatalogue, TableId } from '../../annual-report/field-catalogue-types.ts';
import type { SectionKey } from '../../annual-report/section-catalogue.ts';
import type { ImportFinding } from '../import-finding.ts';
import { isBoilerplateLine } from '../normalise/drop-boilerplate.ts';
import type { NormalisationNotes } from '../normalise/normalise-text.ts';
import type { ReportImportResult } from '../report-import-result.ts';
import { detectReportFormat } from './detect-format.ts';
import { gridTokens, type DocumentBlock, type TableGrid } from './document-blocks.ts';
import { findTitle, findYearInText, locateSectionHeadings, type SectionHeading } from './locate-sections.ts';
import { readTableGrid } from './read-table-grid.ts';
import { readTableStream } from './read-table-stream.ts';
import { buildTableLabelIndex, matchLabels, type TableLabelIndex } from './table-label-index.ts';
import { createTableReading, reportUnreadCells, type TableReading } from './table-reading.ts';
import { tokeniseTableLines } from './table-tokens.ts';

const tableSections: Record<TableId, SectionKey> = {
  二: 'proactiveDisclosure',
  三: 'requestsReceivedAndHandled',
  四: 'reconsiderationAndLitigation',
};
const tableIds: readonly TableId[] = ['二', '三', '四'];

function lineOf(block: DocumentBlock | undefined): string | null {
  return block?.kind === 'line' ? block.text : null;
}

/** Drops the page around the report: before its title (or first heading), after its end. */
function trimToReport(blocks: readonly DocumentBlock[]): { blocks: DocumentBlock[]; dropped: number } {
  const lines = blocks.map((block) => lineOf(block) ?? '');
  const headings = locateSectionHeadings(lines);
  const firstHeading = headings[0]?.lineIndex ?? 0;
  const title = findTitle(lines.slice(0, headings.length > 0 ? firstHeading : lines.length));
  let start = title?.lineIndex ?? firstHeading;
  if (!title) {
    // Keep an introduction just before section 一 (统计期限…, 本报告…).
    while (start > 0 && /本报告|年度报告|统计期限|政府信息公开条例/.test(lines[start - 1] ?? '')) start -= 1;
  }
  const lastHeading = headings[headings.length - 1]?.lineIndex ?? start;
  let end = blocks.length;
  for (let index = lastHeading + 1; index < blocks.length; index += 1) {
    if (isBoilerplateLine(lines[index] ?? '')) {
      end = index;
      break;
    }
  }
  const kept = blocks
    .slice(start, end)
    .filter((block) => block.kind === 'grid' || !isBoilerplateLine(block.text));
  const droppedCount =
    blocks.filter((block) => block.kind === 'line' && block.text.trim() !== '').length -
    kept.filter((block) => block.kind === 'line' && block.text.trim() !== '').length;
  return { blocks: kept, dropped: droppedCount };
}

function hasTableLabel(index: TableLabelIndex, text: string): boolean {
  return text.split(/[|\t]/).some((cell) => {
    const trimmed = cell.trim();
    return trimmed !== '' && matchLabels(index, trimmed.replace(/\s+/g, '')) !== null;
  });
}

/** Reads one table from the blocks of its region: grids by position, text as a stream of cells. */
function readTable(options: {
  blocks: readonly DocumentBlock[];
  index: TableLabelIndex;
  catalogue: FieldCatalogue;
}): TableReading {
  const { index } = options;
  const grids = options.blocks.filter(
    (block): block is { kind: 'grid'; grid: TableGrid } => block.kind === 'grid',
  );
  const merged = createTableReading(index.table);
  const merge = (reading: TableReading): void => {
    for (const [key, cell] of reading.cells) if (!merged.cells.has(key)) merged.cells.set(key, cell);
    for (const row of reading.foundRows) merged.foundRows.add(row);
    merged.findings.push(...reading.findings);
    merged.unrecognisedHeaders.push(...reading.unrecognisedHeaders);
  };
  if (grids.length > 0) {
    for (const { grid } of grids)
      merge(readTableGrid({ grid, index }) ?? readTableStream({ tokens: gridTokens(grid), index }));
  } else {
    const lines = options.blocks.map((block) => lineOf(block) ?? '');
    merge(readTableStream({ tokens: tokeniseTableLines(lines), index }));
  }
  reportUnreadCells({ reading: merged, catalogue: options.catalogue });
  return merged;
}

type Region = { start: number; end: number };

function sectionRegions(headings: readonly SectionHeading[], length: number): Map<SectionKey, Region> {
  const sorted = [...headings].sort((left, right) => left.lineIndex - right.lineIndex);
  const regions = new Map<SectionKey, Region>();
  sorted.forEach((heading, position) => {
    regions.set(heading.definition.key, {
      start: heading.lineIndex + 1,
      end: sorted[position + 1]?.lineIndex ?? length,
    });
  });
  return regions;
}

/** Where a table is when its section heading is missing: from its first label to the next heading. */
function regionByLabels(options: {
  blocks: readonly DocumentBlock[];
  index: TableLabelIndex;
  headings: readonly SectionHeading[];
}): Region | null {
  const start = options.blocks.findIndex((block) =>
    block.kind === 'grid'
      ? gridTokens(block.grid).some((text) => hasTableLabel(options.index, text))
      : hasTableLabel(options.index, block.text),
  );
  if (start < 0) return null;
  const nextHeading = options.headings
    .map((heading) => heading.lineIndex)
    .filter((lineIndex) => lineIndex > start);
  return { start, end: nextHeading.length > 0 ? Math.min(...nextHeading) : options.blocks.length };
}

/**
 * Reads a report from its normalised blocks: title, year and agency, the six sections by their
 * titles, the three tables by their labels; then runs every check.
 */
export function readReportDocument(options: {
  blocks: readonly DocumentBlock[];
  notes: NormalisationNotes;
}): ReportImportResult {
  const findings: ImportFinding[] = [];
  if (options.notes.wasTraditional) {
    findings.push({
      code: 'scriptConverted',
      severity: 'info',
      cellKeys: [],
      message: '原文为繁体字，已转换为简体字。',
    });
  }
  if (options.notes.hadPinyin) {
    findings.push({
      code: 'pinyinRemoved',
      severity: 'info',
      cellKeys: [],
      message: '原文在汉字后插入了拼音注音，已删除。',
    });
  }
  const trimmed = trimToReport(options.blocks);
  const blocks = trimmed.blocks;
  if (trimmed.dropped > 0) {
    findings.push({
      code: 'linesDropped',
      severity: 'info',
      cellKeys: [],
      message: `删除了报告正文以外的 ${trimmed.dropped} 行（网站导航、页脚、广告等）。`,
    });
  }
  const lines = blocks.map((block) => lineOf(block) ?? '');
  const headings = locateSectionHeadings(lines);
  const title = findTitle(lines.slice(0, headings[0]?.lineIndex ?? lines.length));
  const allTexts = blocks.flatMap((block) =>
    block.kind === 'grid' ? gridTokens(block.grid) : block.text.split('|'),
  );
  const format = detectReportFormat(allTexts);
  const catalogue = fieldCatalogueFor(format);
  const year = title?.year ?? findYearInText(lines.join('\n'));
  const report: AnnualReport = createBlankReport({ format, year, agencyName: title?.agencyName ?? null });
  report.title = title?.title ?? null;
  if (!title)
    findings.push({
      code: 'titleNotFound',
      severity: 'warning',
      cellKeys: [],
      message: '未找到报告标题（“××××年政府信息公开工作年度报告”）。',
    });
  if (year === null)
    findings.push({ code: 'yearNotFound', severity: 'error', cellKeys: [], message: '未能确定报告年度。' });
  if (!title?.agencyName)
    findings.push({
      code: 'agencyNotFound',
      severity: 'warning',
      cellKeys: [],
      message: '未能从标题确定行政机关名称。',
    });
  if (format === '2019-trial') {
    findings.push({
      code: 'formatTrial2019',
      severity: 'info',
      cellKeys: [],
      message: '表格为2019年试行格式（国办公开办函〔2019〕60号），按该格式读取。',
    });
  }

  const regions = sectionRegions(headings, blocks.length);
  headings.forEach((heading, position) => {
    report.sections[heading.definition.key] = {
      key: heading.definition.key,
      title: heading.title,
      text: '',
      position,
    };
  });
  for (const heading of headings) {
    const region = regions.get(heading.definition.key);
    const section = report.sections[heading.definition.key];
    if (!region || !section) continue;
    const tableId = tableIds.find((id) => tableSections[id] === heading.definition.key);
    const regionLines = lines.slice(region.start, region.end);
    if (tableId === undefined) {
      section.text = regionLines.filter((line) => line.trim() !== '').join('\n');
    } else {
      const index = buildTableLabelIndex({ catalogue, table: tableId });
      const firstLabel = regionLines.findIndex((line) => hasTableLabel(index, line));
      section.text = regionLines
        .slice(0, firstLabel < 0 ? regionLines.length : firstLabel)
        .filter((line) => line.trim() !== '')
        .join('\n');
    }
  }
  for (const key of ['overview', 'problemsAndImprovements', 'otherMatters'] as const) {
    if (!report.sections[key])
      findings.push({
        code: 'sectionNotFound',
        severity: 'warning',
        cellKeys: [],
        message: `未找到${{ overview: '第一部分“总体情况”', problemsAndImprovements: '第五部分“存在的主要问题及改进情况”', otherMatters: '第六部分“其他需要报告的事项”' }[key]}。`,
      });
  }

  for (const tableId of tableIds) {
    const index = buildTableLabelIndex({ catalogue, table: tableId });
    let region = regions.get(tableSections[tableId]) ?? null;
    if (!region) {
      region = regionByLabels({ blocks, index, headings });
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
    const regionBlocks = region ? blocks.slice(region.start, region.end) : [];
    const reading = readTable({ blocks: regionBlocks, index, catalogue });
    if (reading.cells.size === 0) {
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
  return { report, importFindings: findings, checkFindings: checkAnnualReport({ report }) };
}
