import { caseCommandTypes } from '../../../domain/applications/lifecycle/transition-table.ts';
import type { CaseCommandType } from '../../../domain/applications/lifecycle/case-command.ts';
import { isOutcomeCode, outcomeDefinitionOf } from '../../../domain/applications/outcomes/outcomes.ts';
import { proposePrimaryOutcome } from '../../../domain/applications/outcomes/propose-primary-outcome.ts';
import { formText, type FormBody } from '../../shared/form-body.ts';

export function isCaseCommandType(value: string): value is CaseCommandType {
  return (caseCommandTypes as readonly string[]).includes(value);
}

const commandFieldNames = [
  'date',
  'whatToSupply',
  'supplementWorkingDays',
  'consultationId',
  'consultedParty',
  'partyName',
  'hasObjection',
  'summary',
  'feeMethod',
  'requestNumberInMonth',
  'pageCount',
  'applicantReceivedOn',
  'workingDays',
  'reason',
  'dueDate',
  'outcomeCode',
  'legalBasis',
  'reasons',
  'itemsProvided',
  'itemsWithheld',
  'publishedLocation',
  'method',
  'applicantType',
] as const;

/** The per-item fields of the decision form of a multi-item request: `itemOutcome-0` … */
const itemFieldPattern = /^item(Outcome|Provided|Withheld|Reason)-(\d{1,3})$/;

/** The posted fields of a command form, to open it again with what was typed. */
export function commandFormValues(body: FormBody): Record<string, string> {
  const itemFields = Object.keys(body).filter((name) => itemFieldPattern.test(name));
  return Object.fromEntries(
    [...commandFieldNames, ...itemFields].map((name) => [name, formText(body, name)]),
  );
}

/**
 * The item results of the decision form, by position: each posted item with its outcome (as typed:
 * the command schema refuses an unknown one) and what it gives, withholds and why.
 */
function itemResultsOf(
  values: Record<string, string>,
): Array<{ outcomeCode: string } & Record<string, unknown>> {
  const positions = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = itemFieldPattern.exec(name);
    if (match?.[2] !== undefined) positions.add(Number(match[2]));
  }
  return [...positions]
    .sort((first, second) => first - second)
    .map((position) => {
      const field = (name: string) => (values[`item${name}-${position}`] ?? '').trim();
      return {
        // The use case names each item as the request does; the position is what counts here.
        description: `第${position + 1}项`,
        outcomeCode: field('Outcome'),
        ...withoutUndefined({
          provided: field('Provided') || undefined,
          withheld: field('Withheld') || undefined,
          reason: field('Reason') || undefined,
        }),
      };
    });
}

/** A number field: the number, or the text as typed (the command schema then says 应为数字). */
function numberOf(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** `内容：理由` (or `内容 | 理由`) per line; a line without a reason keeps it empty for the domain to refuse. */
function withheldItemsOf(text: string): Array<{ description: string; reason: string }> {
  return linesOf(text).map((line) => {
    const match = /^(.*?)\s*[：:|｜]\s*(.*)$/.exec(line);
    return match
      ? { description: match[1] ?? '', reason: match[2] ?? '' }
      : { description: line, reason: '' };
  });
}

/**
 * What the form itself can tell before the command schema would (whose messages name field
 * paths): an item of a multi-item decision without an outcome. Null when nothing is missing.
 */
export function findCommandFormProblem(type: CaseCommandType, values: Record<string, string>): string | null {
  if (type !== 'proposeDecision') return null;
  const missing = itemResultsOf(values)
    .filter((item) => item.outcomeCode === '')
    .map((item) => String(item.description));
  return missing.length === 0 ? null : `请为${missing.join('、')}选择办理结果`;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/**
 * The command a form describes, not yet validated: `applyCaseCommand` checks it with the command
 * schema and the transition table, and answers in Chinese.
 */
export function commandFromForm(type: CaseCommandType, values: Record<string, string>): unknown {
  const text = (name: string) => (values[name] ?? '').trim();
  const date = text('date');
  switch (type) {
    case 'register':
      return { type };
    case 'correctApplicantType':
      return { type, date, applicantType: text('applicantType'), reason: text('reason') };
    case 'requestClarification':
      return withoutUndefined({
        type,
        date,
        whatToSupply: text('whatToSupply'),
        supplementWorkingDays: numberOf(text('supplementWorkingDays')),
      });
    case 'receiveClarification':
    case 'deemAbandonedForClarification':
    case 'recordFeePayment':
    case 'deemAbandonedForFee':
    case 'approveDecision':
    case 'close':
      return { type, date };
    case 'sendConsultation':
      return {
        type,
        date,
        consultationId: text('consultationId'),
        consultedParty: text('consultedParty'),
        partyName: text('partyName'),
      };
    case 'recordConsultationAnswer':
      return withoutUndefined({
        type,
        date,
        consultationId: text('consultationId'),
        hasObjection: text('hasObjection') === '' ? undefined : text('hasObjection') === 'yes',
        summary: text('summary'),
      });
    case 'recordConsultationLapse':
      return { type, date, consultationId: text('consultationId') };
    case 'sendFeeNotice': {
      const method =
        text('feeMethod') === 'perVolume'
          ? { kind: 'perVolume', pageCount: numberOf(text('pageCount')) }
          : { kind: 'perRequest', requestNumberInMonth: numberOf(text('requestNumberInMonth')) };
      return withoutUndefined({
        type,
        date,
        method,
        applicantReceivedOn: text('applicantReceivedOn') || undefined,
      });
    }
    case 'approveExtension':
      return { type, date, workingDays: numberOf(text('workingDays')), reason: text('reason') };
    case 'setLaterDeadline':
      return { type, date, dueDate: text('dueDate'), reason: text('reason') };
    case 'proposeDecision': {
      const itemResults = itemResultsOf(values);
      // Multi-item (rules.md §3): left empty, the primary outcome is the one the system proposes.
      const proposed = proposePrimaryOutcome({
        itemOutcomes: itemResults.map((item) => item.outcomeCode).filter(isOutcomeCode),
      });
      const outcomeCode = text('outcomeCode') || (itemResults.length > 0 ? (proposed ?? '') : '');
      const defaultBasis = isOutcomeCode(outcomeCode)
        ? (outcomeDefinitionOf(outcomeCode).legalBasis ?? '')
        : '';
      return {
        type,
        date,
        decision: {
          outcomeCode,
          legalBasis: text('legalBasis') || defaultBasis,
          reasons: text('reasons'),
          itemsProvided: linesOf(values.itemsProvided ?? ''),
          itemsWithheld: withheldItemsOf(values.itemsWithheld ?? ''),
          publishedLocation: text('publishedLocation') || null,
          itemResults,
        },
      };
    }
    case 'returnDecision':
      return { type, date, reason: text('reason') };
    case 'recordDelivery':
      return { type, date, method: text('method') };
    case 'withdraw':
      return { type, date, reason: text('reason') };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}
