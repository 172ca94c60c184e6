import type { TableGrid } from './document-blocks.ts';

/** A table cell as written: its text and spans. */
export type SpannedCell = { text: string; columnSpan: number; rowSpan: number };

const largestSpan = 100;

function spanOf(value: number): number {
  return Number.isInteger(value) && value >= 1 ? Math.min(value, largestSpan) : 1;
}

/** Expands row and column spans into a full grid: a merged cell's text fills every position it covers. */
export function expandTableGrid(rows: readonly (readonly SpannedCell[])[]): TableGrid {
  const cells: string[][] = [];
  const isOrigin: boolean[][] = [];
  rows.forEach((row, rowIndex) => {
    cells[rowIndex] ??= [];
    isOrigin[rowIndex] ??= [];
    let column = 0;
    for (const cell of row) {
      while (cells[rowIndex]?.[column] !== undefined) column += 1;
      const rowSpan = Math.min(spanOf(cell.rowSpan), rows.length - rowIndex);
      const columnSpan = spanOf(cell.columnSpan);
      for (let down = 0; down < rowSpan; down += 1) {
        const targetRow = (cells[rowIndex + down] ??= []);
        const targetOrigin = (isOrigin[rowIndex + down] ??= []);
        for (let across = 0; across < columnSpan; across += 1) {
          targetRow[column + across] = cell.text;
          targetOrigin[column + across] = down === 0 && across === 0;
        }
      }
      column += columnSpan;
    }
  });
  const width = Math.max(0, ...cells.map((row) => row.length));
  for (let rowIndex = 0; rowIndex < cells.length; rowIndex += 1) {
    const row = cells[rowIndex] ?? [];
    const origin = isOrigin[rowIndex] ?? [];
    for (let column = 0; column < width; column += 1) {
      if (row[column] === undefined) {
        row[column] = '';
        origin[column] = true;
      }
    }
    cells[rowIndex] = row;
    isOrigin[rowIndex] = origin;
  }
  return { cells, isOrigin };
}
