/**
 * The value of one data cell. Blank, "/" (not applicable) and numbers are different values
 * (architecture rule 3); `text` keeps what was written, `note` explains a reading under doubt.
 */
export type CellValue =
  | { kind: 'number'; value: number; text: string; note?: string }
  | { kind: 'notApplicable'; text: string; note?: string }
  | { kind: 'blank'; text: string; note?: string }
  | { kind: 'unreadable'; text: string; note?: string };

export const blankCell: CellValue = { kind: 'blank', text: '' };

const dashes = new Set(['-', '—', '——', '－', '–', '─']);

function withNote(value: CellValue, note: string | undefined): CellValue {
  return note === undefined ? value : { ...value, note };
}

/** Reads the text of a cell (already normalised to half-width digits) as a value. */
export function parseCellValue(options: { text: string; note?: string }): CellValue {
  const text = options.text.trim();
  if (text === '') return withNote({ kind: 'blank', text }, options.note);
  if (text === '/' || text === '／' || text === '\\')
    return withNote({ kind: 'notApplicable', text }, options.note);
  if (dashes.has(text)) {
    return { kind: 'notApplicable', text, note: `将“${text}”读作不适用（/）` };
  }
  const compact = text.replace(/[,，\s]/g, '');
  // Negative counts and decimals are read as written; check 5 reports them.
  if (/^[-+]?\d+(\.\d+)?$/.test(compact)) {
    const value = Number(compact);
    const note = compact === text ? options.note : (options.note ?? `将“${text}”读作 ${compact}`);
    return withNote(
      { kind: 'number', value, text: compact.startsWith('+') ? compact.slice(1) : compact },
      note,
    );
  }
  if (text === '无' || text === '零') {
    return { kind: 'number', value: 0, text: '0', note: `将“${text}”读作 0` };
  }
  return { kind: 'unreadable', text, note: options.note ?? `无法读取“${text}”` };
}

/** The `value` field of the cell listing: the number as written, `/`, or empty. */
export function formatCellValue(value: CellValue): string {
  switch (value.kind) {
    case 'number':
      return value.text;
    case 'notApplicable':
      return '/';
    case 'blank':
    case 'unreadable':
      return '';
    default: {
      const exhaustive: never = value;
      return exhaustive;
    }
  }
}

/** Builds the value of a number written by the platform itself (generator, tests). */
export function numberCell(value: number): CellValue {
  return { kind: 'number', value, text: String(value) };
}

/** The number a check computes with: blank, unreadable and "/" count as 0 (reported by rule 5). */
export function numericValueOf(value: CellValue | undefined): number {
  return value !== undefined && value.kind === 'number' ? value.value : 0;
}
