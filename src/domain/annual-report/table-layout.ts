import { catalogueOf, type AnnualReport } from './annual-report.ts';
import { formatCellValue } from './cell-value.ts';
import type { ColumnDefinition, RowDefinition, TableBlock, TableId } from './field-catalogue-types.ts';

/**
 * The three tables in the official layout (merged cells as real reports print them), shared by
 * the HTML, DOCX and text renderers. Every label comes from the field catalogue.
 */
export type LayoutCell = {
  text: string;
  columnSpan: number;
  rowSpan: number;
  isHeader: boolean;
  cellKey?: string;
};

export type TableLayout = { table: TableId; columnCount: number; rows: LayoutCell[][] };

function label(text: string, spans: { columnSpan?: number; rowSpan?: number } = {}): LayoutCell {
  return { text, columnSpan: spans.columnSpan ?? 1, rowSpan: spans.rowSpan ?? 1, isHeader: true };
}

const tablePrefix: Record<TableId, string> = { 二: 'table2', 三: 'table3', 四: 'table4' };

function valueCell(options: {
  report: AnnualReport;
  block: TableBlock;
  row: RowDefinition;
  column: ColumnDefinition;
  columnSpan?: number;
}): LayoutCell {
  const cellKey = `${tablePrefix[options.block.table]}.${options.row.key}.${options.column.key}`;
  const value = options.report.cells[cellKey];
  return {
    text: value ? formatCellValue(value) : '',
    columnSpan: options.columnSpan ?? 1,
    rowSpan: 1,
    isHeader: false,
    cellKey,
  };
}

/** Consecutive items sharing a key, as [key, items]. */
function runsOf<T>(
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
): Array<[string | undefined, T[]]> {
  const runs: Array<[string | undefined, T[]]> = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs[runs.length - 1];
    if (last && key !== undefined && last[0] === key) last[1].push(item);
    else runs.push([key, [item]]);
  }
  return runs;
}

/** Table 二: one caption row, one header row and the data rows per block. */
function layoutListedBlocks(report: AnnualReport, blocks: readonly TableBlock[]): TableLayout {
  const widest = Math.max(...blocks.map((block) => block.columns.length));
  const columnCount = widest + 1;
  const rows: LayoutCell[][] = [];
  for (const block of blocks) {
    const spanOf = (position: number): number =>
      position === block.columns.length - 1 ? widest - block.columns.length + 1 : 1;
    if (block.caption) rows.push([label(block.caption, { columnSpan: columnCount })]);
    rows.push([
      label(block.rowHeaderLabel ?? ''),
      ...block.columns.map((column, position) => label(column.label, { columnSpan: spanOf(position) })),
    ]);
    for (const row of block.rows) {
      rows.push([
        label(row.label),
        ...block.columns.map((column, position) =>
          valueCell({ report, block, row, column, columnSpan: spanOf(position) }),
        ),
      ]);
    }
  }
  return { table: '二', columnCount, rows };
}

/** Table 三: note cell, 申请人情况, column groups; row headings and groups spanning their rows. */
function layoutApplicantTable(report: AnnualReport, block: TableBlock): TableLayout {
  const labelColumns = 3;
  const columnCount = labelColumns + block.columns.length;
  const groupRuns = runsOf(block.columns, (column) => column.groupLabel);
  const hasGroups = groupRuns.some(([group]) => group !== undefined);
  const headerDepth = (block.columnHeaderLabel ? 1 : 0) + (hasGroups ? 2 : 1);
  const rows: LayoutCell[][] = [];
  const first: LayoutCell[] = [
    label(block.noteLabel ?? '', { columnSpan: labelColumns, rowSpan: headerDepth }),
  ];
  if (block.columnHeaderLabel) {
    first.push(label(block.columnHeaderLabel, { columnSpan: block.columns.length }));
    rows.push(first);
  }
  const groupRow: LayoutCell[] = block.columnHeaderLabel ? [] : first;
  const leafRow: LayoutCell[] = [];
  for (const [group, columns] of groupRuns) {
    if (group === undefined || !hasGroups) {
      for (const column of columns) groupRow.push(label(column.label, { rowSpan: hasGroups ? 2 : 1 }));
    } else {
      groupRow.push(label(group, { columnSpan: columns.length }));
      for (const column of columns) leafRow.push(label(column.label));
    }
  }
  rows.push(groupRow);
  if (hasGroups) rows.push(leafRow);
  for (const [heading, headingRows] of runsOf(block.rows, (row) => row.headingLabel)) {
    headingRows.forEach((row, positionInHeading) => {
      const cells: LayoutCell[] = [];
      if (heading === undefined) {
        cells.push(label(row.label, { columnSpan: labelColumns }));
      } else {
        if (positionInHeading === 0) cells.push(label(heading, { rowSpan: headingRows.length }));
        if (row.groupLabel === undefined) cells.push(label(row.label, { columnSpan: labelColumns - 1 }));
        else {
          const groupRows = headingRows.filter((candidate) => candidate.groupLabel === row.groupLabel);
          if (groupRows[0] === row) cells.push(label(row.groupLabel, { rowSpan: groupRows.length }));
          cells.push(label(row.label));
        }
      }
      for (const column of block.columns) cells.push(valueCell({ report, block, row, column }));
      rows.push(cells);
    });
  }
  return { table: '三', columnCount, rows };
}

/** Table 四: printed transposed — groups across the top, one row of values. */
function layoutReviewTable(report: AnnualReport, block: TableBlock): TableLayout {
  const width = block.columns.length;
  const top: LayoutCell[] = [];
  const middle: LayoutCell[] = [];
  const bottom: LayoutCell[] = [];
  for (const [group, rowsOfGroup] of runsOf(block.rows, (row) => row.groupLabel)) {
    if (group === undefined) {
      for (const row of rowsOfGroup) {
        top.push(label(row.label, { columnSpan: width }));
        for (const column of block.columns) middle.push(label(column.label, { rowSpan: 2 }));
      }
    } else {
      top.push(label(group, { columnSpan: width * rowsOfGroup.length }));
      for (const row of rowsOfGroup) {
        middle.push(label(row.label, { columnSpan: width }));
        for (const column of block.columns) bottom.push(label(column.label));
      }
    }
  }
  const values = block.rows.flatMap((row) =>
    block.columns.map((column) => valueCell({ report, block, row, column })),
  );
  return { table: '四', columnCount: width * block.rows.length, rows: [top, middle, bottom, values] };
}

export function layoutReportTables(report: AnnualReport): TableLayout[] {
  const blocks = catalogueOf(report).blocks;
  const layouts: TableLayout[] = [
    layoutListedBlocks(
      report,
      blocks.filter((block) => block.table === '二'),
    ),
  ];
  const tableThree = blocks.find((block) => block.table === '三');
  const tableFour = blocks.find((block) => block.table === '四');
  if (tableThree) layouts.push(layoutApplicantTable(report, tableThree));
  if (tableFour) layouts.push(layoutReviewTable(report, tableFour));
  return layouts;
}
