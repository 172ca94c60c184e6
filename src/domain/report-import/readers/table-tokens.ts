import { parseCellValue } from '../../annual-report/cell-value.ts';

/** One cell of a table read from text, in reading order; '' is a blank cell. */
export type TableToken = string;

export function isValueText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && parseCellValue({ text: trimmed }).kind !== 'unreadable';
}

/**
 * Splits a cell that holds a label and its values separated by spaces (text copied from a PDF:
 * `二、上年结转… 0 0 1`) and joins labels a line break or space cut (`商业 企业`).
 */
export function splitSpacedCell(text: string): TableToken[] {
  const parts = text.trim().split(/\s+/);
  if (parts.length === 1) return [parts[0] ?? ''];
  const tokens: TableToken[] = [];
  let pending = '';
  for (const part of parts) {
    if (isValueText(part)) {
      if (pending !== '') tokens.push(pending);
      pending = '';
      tokens.push(part);
    } else {
      pending += part;
    }
  }
  if (pending !== '') tokens.push(pending);
  return tokens;
}

/** How the cells of a table were laid out in the text. */
export type TextTableLayout = 'pipeRows' | 'cellPerLine' | 'blankLineSeparated';

export function detectTextTableLayout(lines: readonly string[]): TextTableLayout {
  if (lines.some((line) => line.includes('|') || line.includes('\t'))) return 'pipeRows';
  const blank = lines.filter((line) => line.trim() === '').length;
  const filled = lines.length - blank;
  return filled > 0 && blank >= filled * 0.6 ? 'blankLineSeparated' : 'cellPerLine';
}

/**
 * The cells of a table region of text, in reading order. Rows of `|`-separated cells (empty cells
 * kept: they may be blank data cells), one cell per line (an empty line is a blank cell), or cells
 * separated by blank lines (each further pair of empty lines is a blank cell).
 */
export function tokeniseTableLines(lines: readonly string[]): TableToken[] {
  const layout = detectTextTableLayout(lines);
  const tokens: TableToken[] = [];
  if (layout === 'pipeRows') {
    for (const line of lines) {
      if (line.trim() === '') continue;
      const cells = line.split(/[|\t]/);
      if (line.trim().endsWith('|')) cells.pop();
      if (line.trim().startsWith('|')) cells.shift();
      for (const cell of cells) tokens.push(...(cell.trim() === '' ? [''] : splitSpacedCell(cell)));
    }
    return tokens;
  }
  let blankRun = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      blankRun += 1;
      continue;
    }
    const blankCells = layout === 'cellPerLine' ? blankRun : Math.max(0, Math.floor((blankRun - 1) / 2));
    if (tokens.length > 0) for (let index = 0; index < blankCells; index += 1) tokens.push('');
    blankRun = 0;
    tokens.push(...splitSpacedCell(line));
  }
  return tokens;
}
