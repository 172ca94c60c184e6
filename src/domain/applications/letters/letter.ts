import type { IsoDate } from '../../calendar/iso-date.ts';
import type { OutcomeCode } from '../outcomes/outcome-catalogue.ts';
import type { LetterKind, LetterTemplateKey } from './letter-kind.ts';

/** A date the letter states, with the rule it comes from; equal to the deadline engine's date. */
export type LetterDate = {
  /** Chinese, e.g. 答复期限, 补正期限, 缴费期限. */
  label: string;
  date: IsoDate;
  /** Where the period is set, e.g. 《条例》第三十三条第二款. */
  legalBasis: string;
};

/** 落款: the agency's name and the date, with the seal placed over them. */
export type LetterSignature = {
  agencyName: string;
  issuedOn: IsoDate;
  /** `2025年3月4日`. */
  dateText: string;
  /** Where the seal goes, as printed for staff, e.g. （印章）; renderers mark the position. */
  sealLabel: string;
};

/**
 * A formal document (文书) of a disclosure request, computed from the case (architecture rule 7:
 * compute, then render). Plain text throughout — nothing is escaped here; each renderer escapes
 * for its format. The body already contains the legal basis and, for decisions, the remedy
 * notice; `legalBasis` and `remedyNotice` repeat them for checks and lists.
 */
export type Letter = {
  kind: LetterKind;
  templateKey: LetterTemplateKey;
  /** The outcome of a decision letter; null for procedural notices. */
  outcomeCode: OutcomeCode | null;
  /** True for a decision letter drafted from a proposed decision not yet approved by the office head. */
  isDraft: boolean;
  caseNumber: string;
  /** e.g. 政府信息公开申请答复告知书. */
  title: string;
  /** 文号, e.g. 示商务依复〔2025〕12号; null when none was assigned (receipts usually have none). */
  documentNumber: string | null;
  /** The salutation line without its colon, e.g. 张三 or 某某有限公司. */
  addressee: string;
  /** Body paragraphs in order; each is printed with a two-character first-line indent. */
  paragraphs: readonly string[];
  /** The article(s) the letter rests on, e.g. 《中华人民共和国政府信息公开条例》第三十七条. */
  legalBasis: string;
  /** 行政复议 / 行政诉讼 notice (rules.md §2 Remedies); present in every decision letter, else null. */
  remedyNotice: string | null;
  /** 附件 lines without numbering. */
  attachments: readonly string[];
  dates: readonly LetterDate[];
  signature: LetterSignature;
};
