import type { CaseState } from '../lifecycle/case-state.ts';
import {
  draftDecision,
  findDecisionProblems,
  type DisclosureDecision,
  type ItemResult,
} from '../outcomes/disclosure-decision.ts';
import { outcomeDefinitions } from '../outcomes/outcomes.ts';
import type { LetterAgency } from './letter-agency.ts';
import { asSentence, expandRegulationName, numberedLines, withoutFinalStop } from './letter-text.ts';
import { buildRemedyNotice } from './remedy-notice.ts';

export type DecisionLetterParts = {
  decision: DisclosureDecision;
  isDraft: boolean;
  values: Array<[string, string]>;
  legalBasis: string;
  remedyNotice: string;
};

/**
 * The decision a 答复告知书 states: the one given, else the approved one, else the proposal awaiting
 * the office head (a draft), else — for a request deemed abandoned — that outcome with its article.
 */
function decisionOf(options: {
  caseState: CaseState;
  decision: DisclosureDecision | null;
}): { decision: DisclosureDecision; isDraft: boolean } | null {
  const { caseState } = options;
  if (options.decision !== null) return { decision: options.decision, isDraft: caseState.decision === null };
  if (caseState.decision !== null) return { decision: caseState.decision.decision, isDraft: false };
  if (caseState.proposedDecision !== null)
    return { decision: caseState.proposedDecision.decision, isDraft: true };
  const conclusion = caseState.conclusion;
  if (conclusion !== null && conclusion.conclusion === 'deemedAbandoned') {
    return { decision: draftDecision({ outcomeCode: conclusion.outcomeCode }), isDraft: false };
  }
  return null;
}

/** One item's result with what its outcome states: given (or where), withheld, why. */
function itemResultLine(item: ItemResult): string {
  const definition = outcomeDefinitions[item.outcomeCode];
  const details = [
    definition.requirements.isPublishedLocationRequired
      ? ['获取途径', item.provided]
      : ['提供的信息', item.provided],
    ['不予公开的部分', item.withheld],
    ['理由', item.reason],
  ]
    .filter((entry): entry is [string, string] => (entry[1] ?? '').trim() !== '')
    .map(([label, text]) => `${label}：${withoutFinalStop(text)}`);
  const basis = definition.legalBasis === null ? '' : `（${expandRegulationName(definition.legalBasis)}）`;
  const result = `${withoutFinalStop(item.description)}：${definition.label}${basis}`;
  return details.length === 0 ? result : `${result}。${details.join('；')}。`;
}

/** Multi-item requests (rules.md §3): the result of each item, after the primary outcome. */
function itemResultLines(decision: DisclosureDecision): string {
  if (decision.itemResults.length === 0) return '';
  const lines = decision.itemResults.map(itemResultLine);
  return `您申请的各项内容的处理结果如下：\n${numberedLines(lines)}`;
}

/** The values of a decision letter; its legal basis and remedy notice are always filled. */
export function decisionLetterParts(options: {
  caseState: CaseState;
  agency: LetterAgency;
  decision: DisclosureDecision | null;
}): DecisionLetterParts | { problems: string[] } {
  const chosen = decisionOf(options);
  if (chosen === null) return { problems: ['本申请尚未拟定答复，不能出具答复告知书'] };
  const { decision } = chosen;
  const definition = outcomeDefinitions[decision.outcomeCode];
  // Deemed abandoned is set by the lifecycle, not chosen; its letter is still a decision letter.
  const problems = findDecisionProblems({ decision }).filter(
    (problem) => !(definition.origin === 'procedural' && problem.includes('由办理流程自动确定')),
  );
  if (problems.length > 0) return { problems };
  const legalBasis = expandRegulationName(decision.legalBasis);
  const remedyNotice = buildRemedyNotice({
    reconsiderationBody: options.agency.reconsiderationBody,
    court: options.agency.court,
  });
  return {
    decision,
    isDraft: chosen.isDraft,
    legalBasis,
    remedyNotice,
    values: [
      ['办理结果', definition.label],
      ['法律依据', legalBasis],
      ['理由', asSentence(decision.reasons)],
      ['提供的信息', numberedLines(decision.itemsProvided)],
      [
        '不予公开的部分',
        numberedLines(
          decision.itemsWithheld.map((item) => `${item.description.trim()}：${asSentence(item.reason)}`),
        ),
      ],
      ['获取途径', asSentence(decision.publishedLocation)],
      [
        '附件',
        decision.itemsProvided
          .map((item) => item.trim())
          .filter((item) => item !== '')
          .join('\n'),
      ],
      ['分项答复', itemResultLines(decision)],
      ['救济途径', remedyNotice],
    ],
  };
}
