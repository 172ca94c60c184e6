/**
 * A document as the readers see it: lines of text and tables. A grid has its row and column spans
 * expanded (a merged cell's text fills every position it covers); `isOrigin` marks the position
 * where each cell was written.
 */
export type TableGrid = { cells: string[][]; isOrigin: boolean[][] };

export type DocumentBlock = { kind: 'line'; text: string } | { kind: 'grid'; grid: TableGrid };

/** The cells of a grid in reading order, each merged cell once (for reading it as a stream). */
export function gridTokens(grid: TableGrid): string[] {
  const tokens: string[] = [];
  grid.cells.forEach((row, rowIndex) => {
    row.forEach((text, columnIndex) => {
      if (grid.isOrigin[rowIndex]?.[columnIndex]) tokens.push(text);
    });
  });
  return tokens;
}
