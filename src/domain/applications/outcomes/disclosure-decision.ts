import type { OutcomeCode } from './outcome-catalogue.ts';
import { outcomeDefinitions } from './outcomes.ts';

/** A part of the information withheld in a partial disclosure (Art. 37), with its reason. */
export type WithheldItem = { description: string; reason: string };

/**
 * The result of one item of a multi-item request (the case keeps them all; rules.md §3), with what
 * its outcome needs the letter to state: what is given (or where it is published, Art. 36(一)(二)),
 * what is withheld (Art. 37) and why (Art. 36(三)–(七), 38, 39).
 */
export type ItemResult = {
  description: string;
  outcomeCode: OutcomeCode;
  /** 提供的信息 or, for published information, 获取途径; empty when the outcome gives nothing. */
  provided?: string;
  /** 不予公开的部分 (partial disclosure). */
  withheld?: string;
  /** 理由 of the item's outcome, or why the withheld part is withheld. */
  reason?: string;
};

/**
 * The decision on a disclosure request (答复), as staff enter it and the office head approves
 * it: the primary outcome (the one the annual report counts), its legal basis and what the
 * letter must state.
 */
export type DisclosureDecision = {
  outcomeCode: OutcomeCode;
  /** As printed in the letter, e.g. 《条例》第三十六条第（二）项; prefilled from the outcome. */
  legalBasis: string;
  /** 理由; empty when the outcome needs none. */
  reasons: string;
  /** 提供的信息 (Art. 36(二), Art. 37). */
  itemsProvided: readonly string[];
  /** 不予公开的部分及理由 (Art. 37). */
  itemsWithheld: readonly WithheldItem[];
  /** Where proactively published information can be obtained (Art. 36(一)); null otherwise. */
  publishedLocation: string | null;
  /** Per-item results of a multi-item request; empty for a single-item request. */
  itemResults: readonly ItemResult[];
};

const isBlank = (text: string | null): boolean => text === null || text.trim() === '';

/** What one item's outcome needs stated (the item's share of `OutcomeRequirements`), in Chinese. */
function findItemProblems(item: ItemResult, position: number): string[] {
  const definition = outcomeDefinitions[item.outcomeCode];
  const name = `第${position + 1}项“${item.description.trim()}”`;
  if (definition.origin !== 'decision') return [`${name}：事项办理结果只能选择答复类结果`];
  const { requirements } = definition;
  const problems: string[] = [];
  if (requirements.isPublishedLocationRequired && isBlank(item.provided ?? null)) {
    problems.push(`${name}：请写明获取该信息的方式和途径（第三十六条第（一）项）`);
  } else if (requirements.isItemsProvidedRequired && isBlank(item.provided ?? null)) {
    problems.push(`${name}：请写明提供的信息`);
  }
  if (requirements.isItemsWithheldRequired && isBlank(item.withheld ?? null)) {
    problems.push(`${name}：请写明不予公开的部分（第三十七条）`);
  }
  if (
    (requirements.isReasonRequired || requirements.isItemsWithheldRequired) &&
    isBlank(item.reason ?? null)
  ) {
    problems.push(`${name}：请写明理由`);
  }
  return problems;
}

/**
 * What is missing or contradictory in a decision, in Chinese; empty when it may be recorded. A
 * multi-item decision states the details item by item, so the primary outcome's details are then
 * not required again; the primary outcome must be one of the items' (the report counts one).
 */
export function findDecisionProblems(options: { decision: DisclosureDecision }): string[] {
  const { decision } = options;
  const definition = outcomeDefinitions[decision.outcomeCode];
  const problems: string[] = [];
  if (definition.origin !== 'decision') {
    problems.push(`“${definition.label}”由办理流程自动确定，不能作为答复结果选择`);
  }
  if (isBlank(decision.legalBasis)) problems.push('请填写答复的法律依据');
  const hasItemResults = decision.itemResults.length > 0;
  const { requirements } = definition;
  if (!hasItemResults) {
    if (requirements.isReasonRequired && isBlank(decision.reasons)) problems.push('请填写理由');
    if (requirements.isItemsProvidedRequired && !decision.itemsProvided.some((item) => !isBlank(item))) {
      problems.push('请列明提供的政府信息');
    }
  }
  if (requirements.isItemsWithheldRequired && !hasItemResults && decision.itemsWithheld.length === 0) {
    problems.push('部分公开的，请列明不予公开的部分');
  }
  if (decision.itemsWithheld.some((item) => isBlank(item.description) || isBlank(item.reason))) {
    problems.push('不予公开的每一部分都应写明内容和理由（第三十七条）');
  }
  if (!hasItemResults && requirements.isPublishedLocationRequired && isBlank(decision.publishedLocation)) {
    problems.push('已主动公开的，请告知获取该政府信息的方式和途径（第三十六条第（一）项）');
  }
  if (hasItemResults) {
    const itemOutcomes = new Set(decision.itemResults.map((item) => item.outcomeCode));
    if (itemOutcomes.has('partiallyDisclosed') && decision.outcomeCode !== 'partiallyDisclosed') {
      problems.push('有事项部分公开的，年度报告只计“部分公开”，主要办理结果应为部分公开');
    }
    if (!itemOutcomes.has(decision.outcomeCode)) {
      problems.push('主要办理结果应为各事项办理结果之一');
    }
    decision.itemResults.forEach((item, position) => problems.push(...findItemProblems(item, position)));
  }
  return problems;
}

/** A decision prefilled for an outcome: its default legal basis and empty details. */
export function draftDecision(options: { outcomeCode: OutcomeCode }): DisclosureDecision {
  return {
    outcomeCode: options.outcomeCode,
    legalBasis: outcomeDefinitions[options.outcomeCode].legalBasis ?? '',
    reasons: '',
    itemsProvided: [],
    itemsWithheld: [],
    publishedLocation: null,
    itemResults: [],
  };
}
