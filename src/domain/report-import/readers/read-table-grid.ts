import type { ColumnDefinition, RowDefinition } from '../../annual-report/field-catalogue-types.ts';
import type { TableGrid } from './document-blocks.ts';
import { isNoteText, matchLabels, type LabelEntry, type TableLabelIndex } from './table-label-index.ts';
import { createTableReading, recordCell, rowIdentity, type TableReading } from './table-reading.ts';
import { isValueText } from './table-tokens.ts';

type ClassifiedCell = { text: string; labels: LabelEntry[]; isValue: boolean; isOther: boolean };

const headerRoles = new Set(['column', 'columnGroup', 'columnHeader', 'rowHeader', 'note']);

function isHeaderEntry(entry: LabelEntry): boolean {
  return (
    headerRoles.has(entry.role) ||
    (entry.block.isTransposed && (entry.role === 'row' || entry.role === 'rowGroup'))
  );
}

function classify(index: TableLabelIndex, text: string): ClassifiedCell {
  const trimmed = text.trim();
  if (trimmed === '' || isValueText(trimmed))
    return { text: trimmed, labels: [], isValue: trimmed !== '', isOther: false };
  const matches = matchLabels(index, trimmed.replace(/\s+/g, ''));
  if (!matches) return { text: trimmed, labels: [], isValue: false, isOther: !isNoteText(trimmed) };
  return { text: trimmed, labels: matches.flatMap((entries) => entries), isValue: false, isOther: false };
}

/**
 * Reads one table from a grid with spans expanded: each position's column is named by the header
 * cells above it, each row by its label cells; a position whose header names no known column is
 * reported, never given to a neighbour. Returns null when the grid has no recognisable header,
 * so the caller can read it as a stream instead.
 */
export function readTableGrid(options: { grid: TableGrid; index: TableLabelIndex }): TableReading | null {
  const { index } = options;
  const reading = createTableReading(index.table);
  const rows = options.grid.cells.map((row) => row.map((text) => classify(index, text)));
  let header: LabelEntry[][] = [];
  let unknownHeader: string[] = [];
  let isInHeader = false;
  let hasHeader = false;
  const reportedUnknown = new Set<string>();
  for (const row of rows) {
    const labels = row.flatMap((cell) => cell.labels);
    const hasRowLabel = labels.some((entry) => !isHeaderEntry(entry) && entry.role === 'row');
    const hasValue = row.some((cell) => cell.isValue);
    const isHeaderRow = !hasRowLabel && !hasValue && labels.some(isHeaderEntry);
    if (labels.some((entry) => entry.role === 'caption') && !hasValue && !hasRowLabel && !isHeaderRow) {
      header = [];
      unknownHeader = [];
      isInHeader = false;
      continue;
    }
    if (isHeaderRow) {
      if (!isInHeader) {
        header = row.map(() => []);
        unknownHeader = row.map(() => '');
      }
      isInHeader = true;
      hasHeader = true;
      row.forEach((cell, position) => {
        header[position] = [...(header[position] ?? []), ...cell.labels.filter(isHeaderEntry)];
        if (cell.isOther && cell.text !== '') unknownHeader[position] = cell.text;
      });
      continue;
    }
    isInHeader = false;
    if (!hasValue && !hasRowLabel) continue;
    readDataRow({ reading, row, header, unknownHeader, reportedUnknown });
  }
  if (!hasHeader) return null;
  return reading;
}

function readDataRow(options: {
  reading: TableReading;
  row: ClassifiedCell[];
  header: LabelEntry[][];
  unknownHeader: string[];
  reportedUnknown: Set<string>;
}): void {
  const { reading, row, header } = options;
  const rowEntry = [...row.flatMap((cell) => cell.labels)]
    .reverse()
    .find((entry) => entry.role === 'row' && !entry.block.isTransposed);
  const tablePrefix = reading.table === '二' ? 'table2' : reading.table === '三' ? 'table3' : 'table4';
  if (rowEntry?.row) reading.foundRows.add(rowIdentity(rowEntry.block, rowEntry.row.key));
  const seen = new Set<string>();
  row.forEach((cell, position) => {
    if (cell.labels.length > 0) return;
    const above = header[position] ?? [];
    let rowDefinition: RowDefinition | undefined;
    let column: ColumnDefinition | undefined;
    if (rowEntry?.row) {
      rowDefinition = rowEntry.row;
      column = above.find((entry) => entry.block === rowEntry.block && entry.column)?.column;
    } else {
      const transposedRow = above.find((entry) => entry.block.isTransposed && entry.role === 'row');
      rowDefinition = transposedRow?.row;
      column = above.find((entry) => entry.block === transposedRow?.block && entry.column)?.column;
      if (rowDefinition && transposedRow)
        reading.foundRows.add(rowIdentity(transposedRow.block, rowDefinition.key));
    }
    if (!rowDefinition || !column) {
      const unknown = options.unknownHeader[position] ?? '';
      if (unknown !== '' && cell.text !== '' && !options.reportedUnknown.has(unknown)) {
        options.reportedUnknown.add(unknown);
        reading.unrecognisedHeaders.push(unknown);
        reading.findings.push({
          code: 'columnUnrecognised',
          severity: 'warning',
          table: reading.table,
          cellKeys: [],
          message: `表${reading.table}有无法识别的列“${unknown}”，其数值未读取。`,
        });
      }
      return;
    }
    const cellKey = `${tablePrefix}.${rowDefinition.key}.${column.key}`;
    if (seen.has(cellKey)) return;
    seen.add(cellKey);
    recordCell({ reading, cellKey, text: cell.text });
  });
}
