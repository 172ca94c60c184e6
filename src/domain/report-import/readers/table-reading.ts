import type {
  CellDefinition,
  FieldCatalogue,
  TableBlock,
  TableId,
} from '../../annual-report/field-catalogue-types.ts';
import type { ImportFinding } from '../import-finding.ts';

/** The raw text read for one cell, with a note when it was read under doubt. */
export type CellReading = { text: string; note?: string };

/** What reading one table produced: cell texts by key, and findings. */
export type TableReading = {
  table: TableId;
  cells: Map<string, CellReading>;
  findings: ImportFinding[];
  /** Row keys (per block) whose label was found. */
  foundRows: Set<string>;
  /** Labels of header cells that matched no column. */
  unrecognisedHeaders: string[];
};

export function createTableReading(table: TableId): TableReading {
  return { table, cells: new Map(), findings: [], foundRows: new Set(), unrecognisedHeaders: [] };
}

export function rowIdentity(block: TableBlock, rowKey: string): string {
  return `${block.caption ?? block.table}/${rowKey}`;
}

/** Records a cell, keeping the first reading when a row appears twice (spans copied in a grid). */
export function recordCell(options: {
  reading: TableReading;
  cellKey: string;
  text: string;
  note?: string;
}): void {
  if (options.reading.cells.has(options.cellKey)) return;
  options.reading.cells.set(
    options.cellKey,
    options.note === undefined ? { text: options.text } : { text: options.text, note: options.note },
  );
}

const isBlankText = (text: string): boolean => text.trim() === '';

/**
 * Fits the values read after a row label to the columns the header named: surplus blank cells
 * (left where merged cells were flattened) are dropped from the end, then from the start. Returns
 * null when the count still differs: the row is then reported, never shifted.
 */
export function fitValues(options: { values: readonly string[]; expected: number }): string[] | null {
  const values = [...options.values];
  while (values.length > options.expected && isBlankText(values[values.length - 1] ?? '')) values.pop();
  while (values.length > options.expected && isBlankText(values[0] ?? '')) values.shift();
  return values.length === options.expected ? values : null;
}

function describeCell(cell: CellDefinition): string {
  return `表${cell.table}“${cell.listingRow}”行“${cell.listingColumn}”列`;
}

/**
 * After a table was read: a finding for every row whose label was not found, every column the
 * header did not name, and every cell left unread.
 */
export function reportUnreadCells(options: { reading: TableReading; catalogue: FieldCatalogue }): void {
  const { reading } = options;
  const tableCells = options.catalogue.cells.filter((cell) => cell.table === reading.table);
  const missingRows = new Map<string, CellDefinition[]>();
  const missingColumns = new Map<string, CellDefinition[]>();
  for (const cell of tableCells) {
    if (reading.cells.has(cell.key)) continue;
    const identity = rowIdentity(cell.block, cell.row.key);
    if (!reading.foundRows.has(identity) && !cell.block.isTransposed) {
      missingRows.set(identity, [...(missingRows.get(identity) ?? []), cell]);
    } else {
      const columnIdentity = cell.block.isTransposed
        ? `${cell.row.key}/${cell.column.key}`
        : `${cell.block.caption ?? ''}/${cell.column.key}`;
      missingColumns.set(columnIdentity, [...(missingColumns.get(columnIdentity) ?? []), cell]);
    }
  }
  for (const cells of missingRows.values()) {
    const first = cells[0];
    if (!first) continue;
    reading.findings.push({
      code: 'rowMissing',
      severity: 'error',
      table: reading.table,
      cellKeys: cells.map((cell) => cell.key),
      message: `表${reading.table}中未找到“${first.listingRow}”行，该行 ${cells.length} 个单元格按空白处理。`,
    });
  }
  for (const cells of missingColumns.values()) {
    const first = cells[0];
    if (!first) continue;
    const label = first.block.isTransposed
      ? `${first.listingRow}/${first.listingColumn}`
      : first.listingColumn;
    reading.findings.push({
      code: 'columnMissing',
      severity: 'error',
      table: reading.table,
      cellKeys: cells.map((cell) => cell.key),
      message:
        cells.length === 1
          ? `${describeCell(first)}未读到数值，按空白处理。`
          : `表${reading.table}中未找到“${label}”列（或其数值），${cells.length} 个单元格按空白处理。`,
    });
  }
}
