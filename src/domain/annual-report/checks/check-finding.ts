/** The consistency rules of report-format.md, numbered as there (1–5 hard, 6–10 soft). */
export type CheckRuleId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export type CheckSeverity = 'hard' | 'soft';

/** One side of an equation: the cells added up and their sum. */
export type CheckSide = { cellKeys: readonly string[]; sum: number };

/**
 * A finding of a check, as data (architecture rule 7): which rule, the expression, the cells on
 * each side, the difference, and a message in Chinese for the reader.
 */
export type CheckFinding = {
  ruleId: CheckRuleId;
  severity: CheckSeverity;
  /** The rule written out for this instance, e.g. `一 + 二 = （七）总计 + 四（自然人）`. */
  expression: string;
  left?: CheckSide;
  right?: CheckSide;
  /** left − right, when the rule is an equation. */
  difference?: number;
  /** Cells the finding is about (for highlighting). */
  cellKeys: readonly string[];
  message: string;
  /** Soft rules: why this is a warning rather than an error. */
  explanation?: string;
};

export const severityOfRule: Record<CheckRuleId, CheckSeverity> = {
  1: 'hard',
  2: 'hard',
  3: 'hard',
  4: 'hard',
  5: 'hard',
  6: 'soft',
  7: 'soft',
  8: 'soft',
  9: 'soft',
  10: 'soft',
};
