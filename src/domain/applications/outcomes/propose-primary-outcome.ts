import { outcomeCodes, type OutcomeCode } from './outcome-catalogue.ts';

/**
 * Proposes the one outcome a multi-item request is counted under (rules.md §3, product decision:
 * staff choose, the system proposes "the first of the list that applies"). Partial disclosure
 * wins whenever an item was partly disclosed: the report counts 区分处理 only as （二）部分公开.
 * Returns null when no item has an outcome.
 */
export function proposePrimaryOutcome(options: { itemOutcomes: readonly OutcomeCode[] }): OutcomeCode | null {
  const present = new Set(options.itemOutcomes);
  if (present.has('partiallyDisclosed')) return 'partiallyDisclosed';
  return outcomeCodes.find((code) => present.has(code)) ?? null;
}
