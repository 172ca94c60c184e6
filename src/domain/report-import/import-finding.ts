import type { TableId } from '../annual-report/field-catalogue-types.ts';

/** Problems met while reading a published report, as data (beside the checks' findings). */
export type ImportFindingCode =
  | 'scriptConverted'
  | 'pinyinRemoved'
  | 'linesDropped'
  | 'titleNotFound'
  | 'yearNotFound'
  | 'agencyNotFound'
  | 'sectionNotFound'
  | 'formatTrial2019'
  | 'tableNotFound'
  | 'tableFoundWithoutHeading'
  | 'headerNotFound'
  | 'columnMissing'
  | 'columnUnrecognised'
  | 'rowMissing'
  | 'labelNotMatched'
  | 'valueCountMismatch'
  | 'cellUnreadable';

/** error: the report could not be read completely; warning: read under doubt; info: what was done. */
export type ImportFindingSeverity = 'error' | 'warning' | 'info';

export type ImportFinding = {
  code: ImportFindingCode;
  severity: ImportFindingSeverity;
  table?: TableId;
  cellKeys: readonly string[];
  /** In Chinese, for the reader. */
  message: string;
};
