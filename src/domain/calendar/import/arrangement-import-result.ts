import type { YearArrangement } from '../year-arrangement.ts';

/** The outcome of reading an administrator's file: the arrangement, or every problem in Chinese. */
export type ArrangementImportResult =
  { isValid: true; arrangement: YearArrangement } | { isValid: false; errors: string[] };
