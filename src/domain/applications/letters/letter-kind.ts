import { outcomeCodes, type OutcomeCode } from '../outcomes/outcome-catalogue.ts';

/**
 * The formal documents (文书) of a disclosure request. Every decision (答复告知书) is one kind,
 * `decision`, with one template per outcome; the others are procedural notices.
 */
export const proceduralLetterKinds = [
  /** 登记回执: the application was received (Art. 31) and when the reply is due (Art. 33). */
  'receipt',
  /** 补正告知书 (Art. 30): what to supply and by when. */
  'clarificationNotice',
  /** 第三方意见征询函 (Art. 32): 15 working days to answer. */
  'consultationLetter',
  /** 征求其他机关意见函 (Art. 34): 15 working days; silence is consent. */
  'agencyConsultationLetter',
  /** 延期答复告知书 (Art. 33 para 2): the approved extension and the new due date. */
  'extensionNotice',
  /** 收费通知书 (Art. 42, 国办函〔2020〕109号): basis, standard, itemised amount, how and by when to pay. */
  'feeNotice',
] as const;

export type ProceduralLetterKind = (typeof proceduralLetterKinds)[number];

export type LetterKind = ProceduralLetterKind | 'decision';

/**
 * The key of a letter template: a procedural kind, or `decision.{outcomeCode}` for the 答复告知书
 * of one outcome. Stable strings, for storing an agency's edited templates.
 */
export type LetterTemplateKey = ProceduralLetterKind | `decision.${OutcomeCode}`;

export const letterTemplateKeys: readonly LetterTemplateKey[] = [
  ...proceduralLetterKinds,
  ...outcomeCodes.map((code): LetterTemplateKey => `decision.${code}`),
];

export function isLetterTemplateKey(text: string): text is LetterTemplateKey {
  return (letterTemplateKeys as readonly string[]).includes(text);
}

/** The outcome of a decision template key; null for a procedural notice. */
export function outcomeCodeOfTemplateKey(key: LetterTemplateKey): OutcomeCode | null {
  return key.startsWith('decision.') ? (key.slice('decision.'.length) as OutcomeCode) : null;
}

export function templateKeyOf(options: {
  kind: LetterKind;
  outcomeCode: OutcomeCode | null;
}): LetterTemplateKey {
  if (options.kind !== 'decision') return options.kind;
  if (options.outcomeCode === null) throw new RangeError('答复告知书需要办理结果');
  return `decision.${options.outcomeCode}`;
}

export function letterKindOfTemplateKey(key: LetterTemplateKey): LetterKind {
  return key.startsWith('decision.') ? 'decision' : (key as ProceduralLetterKind);
}

/** The document's name as staff see it in lists (the printed title comes from the template). */
export const letterKindLabels: Record<LetterKind, string> = {
  receipt: '政府信息公开申请登记回执',
  clarificationNotice: '补正申请告知书',
  consultationLetter: '第三方意见征询函',
  agencyConsultationLetter: '征求意见函（其他机关）',
  extensionNotice: '延期答复告知书',
  feeNotice: '信息处理费收费通知书',
  decision: '政府信息公开申请答复告知书',
};
