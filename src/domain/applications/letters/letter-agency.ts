import type { LetterKind } from './letter-kind.ts';

/**
 * What a letter needs of the agency: its name for the 落款, its disclosure office's contacts, the
 * pattern of its document numbers, and the bodies the remedy notice names.
 */
export type LetterAgency = {
  /** Full name, printed as the 落款, e.g. 示范市商务局. */
  name: string;
  /** 政府信息公开工作机构, e.g. 示范市商务局办公室. */
  officeName: string;
  officeAddress: string;
  officePostcode: string;
  officeTelephone: string;
  /**
   * 文号 pattern with `{年}` and `{序号}`, e.g. `示商务依复〔{年}〕{序号}号` (see
   * `formatDocumentNumber`). `documentNumberPatterns` overrides it per kind.
   */
  documentNumberPattern: string;
  documentNumberPatterns?: Partial<Record<LetterKind, string>>;
  /** 行政复议机关, e.g. 示范市人民政府; null prints the general wording. */
  reconsiderationBody: string | null;
  /** 人民法院 with jurisdiction, e.g. 示范市示范区人民法院; null prints the general wording. */
  court: string | null;
  /** How to pay the information processing fee (收费通知书), e.g. the account or the payment platform. */
  feePaymentInstructions: string;
};
