import type {
  CellDefinition,
  FieldCatalogue,
  ReportFormat,
  TableBlock,
  TableId,
} from './field-catalogue-types.ts';

const tableKeyPrefix: Record<TableId, string> = { 二: 'table2', 三: 'table3', 四: 'table4' };

/** Expands table blocks into the cell definitions of a catalogue, in cell listing order. */
export function buildFieldCatalogue(options: {
  format: ReportFormat;
  blocks: readonly TableBlock[];
}): FieldCatalogue {
  const cells: CellDefinition[] = [];
  for (const block of options.blocks) {
    for (const row of block.rows) {
      for (const column of block.columns) {
        cells.push({
          key: `${tableKeyPrefix[block.table]}.${row.key}.${column.key}`,
          table: block.table,
          block,
          row,
          column,
          valueKind: column.valueKind,
          listingRow: row.groupLabel === undefined ? row.label : `${row.groupLabel}/${row.label}`,
          listingColumn: column.label,
        });
      }
    }
  }
  const cellByKey = new Map(cells.map((cell) => [cell.key, cell]));
  if (cellByKey.size !== cells.length)
    throw new Error(`duplicate cell keys in the ${options.format} catalogue`);
  return { format: options.format, blocks: options.blocks, cells, cellByKey };
}
