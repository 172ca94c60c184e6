import type {
  ColumnDefinition,
  RowDefinition,
  TableBlock,
} from '../../annual-report/field-catalogue-types.ts';
import { isNoteText, matchLabels, type LabelEntry, type TableLabelIndex } from './table-label-index.ts';
import { isValueText, type TableToken } from './table-tokens.ts';
import {
  createTableReading,
  fitValues,
  recordCell,
  rowIdentity,
  type TableReading,
} from './table-reading.ts';

type PendingRow = { block: TableBlock; row: RowDefinition | null; values: string[] };

type StreamState = {
  index: TableLabelIndex;
  reading: TableReading;
  /** Column-side labels of the current header, in order of appearance. */
  header: LabelEntry[];
  unrecognisedInHeader: string[];
  isHeaderOpen: boolean;
  pending: PendingRow | null;
  /** The block named by the last caption (table 二). */
  captionBlock: TableBlock | null;
  hasSeenLabel: boolean;
  reportedMissingHeader: Set<TableBlock>;
};

const headerRoles = new Set(['column', 'columnGroup', 'columnHeader', 'rowHeader', 'note']);

function isHeaderEntry(entry: LabelEntry): boolean {
  return (
    headerRoles.has(entry.role) ||
    (entry.block.isTransposed && (entry.role === 'row' || entry.role === 'rowGroup'))
  );
}

/** Records, once per block, that its columns are taken in the standard order for want of a header. */
function assumeStandardColumns(state: StreamState, block: TableBlock): void {
  if (state.reportedMissingHeader.has(block)) return;
  state.reportedMissingHeader.add(block);
  state.reading.findings.push({
    code: 'headerNotFound',
    severity: 'warning',
    table: block.table,
    cellKeys: [],
    message: `表${block.table}${block.caption ? `“${block.caption}”` : ''}未找到列标题，按标准列序读取。`,
  });
}

/** Columns of a block named by the current header, in the block's order. */
function presentColumns(state: StreamState, block: TableBlock): ColumnDefinition[] {
  const named = new Set(
    state.header.filter((entry) => entry.block === block && entry.column).map((entry) => entry.column),
  );
  if (named.size === 0) {
    assumeStandardColumns(state, block);
    return [...block.columns];
  }
  return block.columns.filter((column) => named.has(column));
}

/**
 * Table 四 printed transposed: the result labels repeat once per group. Runs of result labels in
 * header order (a run restarts when a label does not follow the previous one) belong to the
 * groups in their order; a group whose run lacks a label has that column missing.
 */
function transposedPairs(
  state: StreamState,
  block: TableBlock,
): Array<{ row: RowDefinition; column: ColumnDefinition }> | null {
  const headerOfBlock = state.header.filter((entry) => entry.block === block);
  const rowsNamed = new Set(headerOfBlock.filter((entry) => entry.role === 'row').map((entry) => entry.row));
  const rows = block.rows.filter((row) => rowsNamed.has(row));
  const runs: ColumnDefinition[][] = [];
  let previousIndex = Number.POSITIVE_INFINITY;
  for (const entry of headerOfBlock) {
    if (!entry.column) continue;
    const columnIndex = block.columns.indexOf(entry.column);
    if (columnIndex <= previousIndex) runs.push([]);
    runs[runs.length - 1]?.push(entry.column);
    previousIndex = columnIndex;
  }
  if (runs.length === 0) {
    assumeStandardColumns(state, block);
    return block.rows.flatMap((row) => block.columns.map((column) => ({ row, column })));
  }
  if (runs.length !== rows.length) return null;
  return rows.flatMap((row, position) => (runs[position] ?? []).map((column) => ({ row, column })));
}

/** The confidence note of cells whose columns were assumed, not read from a header. */
function headerNote(state: StreamState, block: TableBlock): { note?: string } {
  return state.reportedMissingHeader.has(block) ? { note: '未找到列标题，按标准列序读取' } : {};
}

function expectedCount(state: StreamState, pending: PendingRow): number {
  if (pending.block.isTransposed) return transposedPairs(state, pending.block)?.length ?? 0;
  return presentColumns(state, pending.block).length + state.unrecognisedInHeader.length;
}

function finishRow(state: StreamState): void {
  const pending = state.pending;
  state.pending = null;
  if (!pending) return;
  const { block, values } = pending;
  const table = block.table;
  if (block.isTransposed) {
    const pairs = transposedPairs(state, block);
    const fitted = pairs ? fitValues({ values, expected: pairs.length }) : null;
    if (!pairs || !fitted) {
      state.reading.findings.push({
        code: 'valueCountMismatch',
        severity: 'error',
        table,
        cellKeys: [],
        message: `表${table}的表头与数值个数不符（读到 ${values.filter((value) => value.trim() !== '').length} 个数值），无法按列标题对应，未读取。`,
      });
      return;
    }
    const note = headerNote(state, block);
    pairs.forEach((pair, position) => {
      state.reading.foundRows.add(rowIdentity(block, pair.row.key));
      recordCell({
        reading: state.reading,
        cellKey: `table4.${pair.row.key}.${pair.column.key}`,
        text: fitted[position] ?? '',
        ...note,
      });
    });
    return;
  }
  const row = pending.row;
  if (!row) return;
  state.reading.foundRows.add(rowIdentity(block, row.key));
  const columns = presentColumns(state, block);
  const fitted = fitValues({ values, expected: columns.length + state.unrecognisedInHeader.length });
  const tablePrefix = table === '二' ? 'table2' : 'table3';
  if (!fitted || state.unrecognisedInHeader.length > 0) {
    const reason =
      state.unrecognisedInHeader.length > 0
        ? `表头有无法识别的列“${state.unrecognisedInHeader.join('”“')}”`
        : `读到 ${values.length} 个单元格，表头有 ${columns.length} 列`;
    state.reading.findings.push({
      code: state.unrecognisedInHeader.length > 0 ? 'columnUnrecognised' : 'valueCountMismatch',
      severity: 'error',
      table,
      cellKeys: columns.map((column) => `${tablePrefix}.${row.key}.${column.key}`),
      message: `表${table}“${row.groupLabel ? `${row.groupLabel}/` : ''}${row.label}”行：${reason}，无法按列标题对应，该行未读取。`,
    });
    for (const column of columns) {
      recordCell({
        reading: state.reading,
        cellKey: `${tablePrefix}.${row.key}.${column.key}`,
        text: '',
        note: '该行数值个数与列标题不符，未读取',
      });
    }
    return;
  }
  const note = headerNote(state, block);
  columns.forEach((column, position) => {
    recordCell({
      reading: state.reading,
      cellKey: `${tablePrefix}.${row.key}.${column.key}`,
      text: fitted[position] ?? '',
      ...note,
    });
  });
}

function handleLabel(state: StreamState, entry: LabelEntry): void {
  state.hasSeenLabel = true;
  if (isHeaderEntry(entry)) {
    if (!state.isHeaderOpen) {
      finishRow(state);
      state.header = [];
      state.unrecognisedInHeader = [];
      state.isHeaderOpen = true;
    }
    state.header.push(entry);
    return;
  }
  finishRow(state);
  if (entry.role === 'caption') {
    state.captionBlock = entry.block;
    state.header = [];
    state.unrecognisedInHeader = [];
    state.isHeaderOpen = true;
    return;
  }
  if (entry.role === 'row' && entry.row) {
    state.isHeaderOpen = false;
    state.pending = { block: entry.block, row: entry.row, values: [] };
  }
}

/** Chooses among the blocks a label belongs to (table 二 shares labels between its blocks). */
function chooseEntry(state: StreamState, entries: readonly LabelEntry[]): LabelEntry | undefined {
  if (entries.length === 1) return entries[0];
  const preferred = [state.captionBlock, state.header[state.header.length - 1]?.block, state.pending?.block];
  for (const block of preferred) {
    const entry = entries.find((candidate) => candidate.block === block);
    if (entry) return entry;
  }
  return entries[0];
}

/** Table 四 is one transposed block: values with no header at all can only belong to it. */
function soleTransposedBlock(index: TableLabelIndex): TableBlock | undefined {
  const [only, ...others] = index.blocks;
  return only?.isTransposed && others.length === 0 ? only : undefined;
}

function handleValue(state: StreamState, text: string): void {
  if (state.pending) {
    state.pending.values.push(text);
    return;
  }
  const transposed =
    state.header.find((entry) => entry.block.isTransposed)?.block ?? soleTransposedBlock(state.index);
  if (transposed && text.trim() !== '') {
    state.isHeaderOpen = false;
    state.pending = { block: transposed, row: null, values: [text] };
  }
}

function handleOtherText(state: StreamState, text: string): void {
  if (!state.hasSeenLabel || isNoteText(text)) return;
  const pending = state.pending;
  if (
    pending &&
    pending.values.filter((value) => value.trim() !== '').length < expectedCount(state, pending)
  ) {
    pending.values.push(text);
    return;
  }
  if (pending) {
    finishRow(state);
    return;
  }
  if (state.isHeaderOpen) state.unrecognisedInHeader.push(text);
}

/** Reads one table from its cells in reading order, matching rows and columns by their labels. */
export function readTableStream(options: {
  tokens: readonly TableToken[];
  index: TableLabelIndex;
}): TableReading {
  const state: StreamState = {
    index: options.index,
    reading: createTableReading(options.index.table),
    header: [],
    unrecognisedInHeader: [],
    isHeaderOpen: true,
    pending: null,
    captionBlock: null,
    hasSeenLabel: false,
    reportedMissingHeader: new Set(),
  };
  for (const token of options.tokens) {
    if (token.trim() === '' || isValueText(token)) {
      if (state.hasSeenLabel || soleTransposedBlock(options.index)) handleValue(state, token);
      continue;
    }
    const matches = matchLabels(options.index, token);
    if (!matches) {
      handleOtherText(state, token);
      continue;
    }
    for (const entries of matches) {
      const entry = chooseEntry(state, entries);
      if (entry) handleLabel(state, entry);
    }
  }
  finishRow(state);
  state.reading.unrecognisedHeaders.push(...state.unrecognisedInHeader);
  return state.reading;
}
