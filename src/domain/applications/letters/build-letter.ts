import { formatChineseDate, yearOf, type IsoDate } from '../../calendar/iso-date.ts';
import type { DeadlineReport } from '../deadlines/deadline-report.ts';
import type { CaseState } from '../lifecycle/case-state.ts';
import type { DisclosureDecision } from '../outcomes/disclosure-decision.ts';
import { decisionLetterParts } from './decision-letter-values.ts';
import { defaultLetterTemplate } from './default-letter-templates.ts';
import { findDocumentNumberPatternProblems, formatDocumentNumber } from './document-number.ts';
import { fillLines, fillPlaceholders } from './fill-letter-template.ts';
import type { Letter, LetterDate } from './letter.ts';
import type { LetterAgency } from './letter-agency.ts';
import { LetterError } from './letter-error.ts';
import { templateKeyOf, type LetterKind, type LetterTemplateKey } from './letter-kind.ts';
import { isPlaceholderAvailable, letterPlaceholders } from './letter-placeholders.ts';
import type { LetterRequest } from './letter-request.ts';
import type { LetterTemplate } from './letter-template.ts';
import { withoutFinalStop } from './letter-text.ts';
import { proceduralLetterParts } from './procedural-letter-values.ts';
import { validateLetterTemplate } from './validate-letter-template.ts';

export type BuildLetterOptions = {
  kind: LetterKind;
  caseState: CaseState;
  request: LetterRequest;
  agency: LetterAgency;
  /** The template to fill, e.g. an edited text being previewed; wins over `templates`. */
  template?: LetterTemplate;
  /**
   * The agency's edited templates by key; the one of this letter's key (`templateKeyOf`) is used,
   * the default text when the agency has not edited it.
   */
  templates?: ReadonlyMap<LetterTemplateKey, LetterTemplate>;
  /** The letter's date (落款日期). */
  issuedOn: IsoDate;
  /**
   * The deadline engine's report for this case as of `issuedOn` (`computeCaseDeadlines({ state,
   * calendar, now: issuedOn })`): every date the letter states is taken from it.
   */
  deadlines: DeadlineReport;
  /** The sequence of the 文号 in the year; none, no 文号. */
  documentSequence?: number;
  /** Consultation letters: which consultation; the latest of its party when absent. */
  consultationId?: string;
  /** Decision letters: the decision to state, e.g. a preview in the decision form; the case's when absent. */
  decision?: DisclosureDecision;
};

/**
 * Builds a formal document of a disclosure request from the case, the agency and the template
 * (architecture rule 7: compute here, render in `src/render/letters/`). Throws `LetterError` with
 * Chinese problems when the case does not support the letter, or the template is invalid.
 */
export function buildLetter(options: BuildLetterOptions): Letter {
  const { kind, caseState, request, agency, issuedOn } = options;
  if (issuedOn < caseState.receivedOn) throw new LetterError(['落款日期不能早于收到申请之日']);

  const decisionParts =
    kind === 'decision'
      ? decisionLetterParts({ caseState, agency, decision: options.decision ?? null })
      : null;
  if (decisionParts !== null && 'problems' in decisionParts) throw new LetterError(decisionParts.problems);
  const proceduralParts =
    kind === 'decision'
      ? null
      : proceduralLetterParts({
          kind,
          caseState,
          agency,
          deadlines: options.deadlines,
          consultationId: options.consultationId ?? null,
        });
  if (proceduralParts !== null && 'problems' in proceduralParts)
    throw new LetterError(proceduralParts.problems);

  const outcomeCode = decisionParts?.decision.outcomeCode ?? null;
  const templateKey = templateKeyOf({ kind, outcomeCode });
  const template =
    options.template ?? options.templates?.get(templateKey) ?? defaultLetterTemplate(templateKey);
  if (template.key !== templateKey) {
    throw new LetterError([`模板“${template.key}”不适用于此文书（应为“${templateKey}”）`]);
  }
  const templateProblems = validateLetterTemplate({ template });
  if (templateProblems.length > 0) throw new LetterError(templateProblems.map((problem) => problem.message));

  const common: Array<[string, string]> = [
    ['申请人', request.applicantName.trim()],
    ['申请编号', request.caseNumber],
    ['收到申请日期', formatChineseDate(caseState.receivedOn)],
    ['申请内容', withoutFinalStop(request.requestedInformation)],
    ['机关名称', agency.name],
    ['工作机构', agency.officeName.trim() === '' ? agency.name : agency.officeName],
    ['通信地址', agency.officeAddress],
    ['邮政编码', agency.officePostcode],
    ['联系电话', agency.officeTelephone],
    ['落款日期', formatChineseDate(issuedOn)],
  ];
  const specific = decisionParts?.values ?? proceduralParts?.values ?? [];
  const values = new Map([...common, ...specific].filter(([name]) => isPlaceholderAvailable({ name, kind })));
  const missing = letterPlaceholders
    .filter((definition) => isPlaceholderAvailable({ name: definition.name, kind }))
    .filter((definition) => !values.has(definition.name));
  if (missing.length > 0)
    throw new RangeError(`占位符没有取值：${missing.map((item) => item.name).join('、')}`);

  const pattern = agency.documentNumberPatterns?.[kind] ?? agency.documentNumberPattern;
  const patternProblems =
    options.documentSequence === undefined ? [] : findDocumentNumberPatternProblems({ pattern });
  if (patternProblems.length > 0) throw new LetterError(patternProblems);
  const dates: LetterDate[] = proceduralParts?.dates ?? [];
  return {
    kind,
    templateKey,
    outcomeCode,
    isDraft: decisionParts?.isDraft ?? false,
    caseNumber: request.caseNumber,
    title: fillPlaceholders({ text: template.title, values }).trim(),
    documentNumber:
      options.documentSequence === undefined
        ? null
        : formatDocumentNumber({ pattern, year: yearOf(issuedOn), sequence: options.documentSequence }),
    addressee: proceduralParts?.addressee ?? request.applicantName.trim(),
    paragraphs: fillLines({ text: template.body, values }),
    legalBasis: decisionParts?.legalBasis ?? proceduralParts?.legalBasis ?? '',
    remedyNotice: decisionParts?.remedyNotice ?? null,
    attachments: template.attachments.flatMap((line) => fillLines({ text: line, values })),
    dates,
    signature: {
      agencyName: agency.name,
      issuedOn,
      dateText: formatChineseDate(issuedOn),
      sealLabel: '（印章）',
    },
  };
}
