import type { FieldCatalogue } from '../../annual-report/field-catalogue-types.ts';
import { gridTokens, type DocumentBlock, type TableGrid } from './document-blocks.ts';
import { readTableGrid } from './read-table-grid.ts';
import { readTableStream } from './read-table-stream.ts';
import type { TableLabelIndex } from './table-label-index.ts';
import { createTableReading, reportUnreadCells, type TableReading } from './table-reading.ts';
import { tokeniseTableLines } from './table-tokens.ts';
import { lineOf } from './trim-to-report.ts';

/** Reads one table from the blocks of its region: grids by position, text as a stream of cells. */
export function readTable(options: {
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
