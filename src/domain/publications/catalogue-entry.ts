import type { IsoDate } from '../calendar/iso-date.ts';
import type { StatutoryItem } from './statutory-items.ts';

/** 公开方式 (Art. 12 catalogue field): 主动公开, 依申请公开, 不予公开. */
export const disclosureMethods = ['proactive', 'onRequest', 'notDisclosed'] as const;
export type DisclosureMethod = (typeof disclosureMethods)[number];
export const disclosureMethodLabels: Record<DisclosureMethod, string> = {
  proactive: '主动公开',
  onRequest: '依申请公开',
  notDisclosed: '不予公开',
};

/** 有效性: 有效, 失效 (expired: its period ran out or it was declared no longer in force), 废止 (repealed). */
export const validities = ['effective', 'expired', 'repealed'] as const;
export type Validity = (typeof validities)[number];
export const validityLabels: Record<Validity, string> = {
  effective: '有效',
  expired: '失效',
  repealed: '废止',
};

/**
 * One entry of the disclosure catalogue (政府信息公开目录, Art. 12): at least 索引号, 名称, 内容概述
 * and 生成日期, plus the fields used across government sites (rules.md §5). `indexNumber` is
 * assigned once, at publication, and never changes.
 */
export type CatalogueEntry = {
  indexNumber: string | null;
  title: string;
  summary: string;
  body: string;
  /** 成文日期 / 生成日期. */
  writtenOn: IsoDate | null;
  /** 形成或变更日期: the Art. 26 clock starts here. */
  formedOrChangedOn: IsoDate;
  /** 发布机构: the full name of the publishing agency. */
  publishingOrganisation: string;
  /** 文号, with the year in 〔〕; empty when the document has none. */
  documentNumber: string;
  topicCategory: string;
  genre: string;
  statutoryItem: StatutoryItem;
  disclosureMethod: DisclosureMethod;
  /** 规范性文件: carries the validity lifecycle (effective date, period, expiry or repeal). */
  isNormativeDocument: boolean;
  validity: Validity;
  effectiveOn: IsoDate | null;
  /** 有效期至: the last day of the document's period of validity, when it has one. */
  validUntil: IsoDate | null;
  /** The day it expired or was repealed. */
  validityEndedOn: IsoDate | null;
  /** The document that repealed it (名称或文号). */
  repealingDocument: string;
  keywords: readonly string[];
};

/** Keywords as typed: separated by spaces, commas (either width) or 、; duplicates dropped. */
export function parseKeywords(text: string): string[] {
  const keywords = text
    .split(/[\s,，、;；]+/)
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
  return [...new Set(keywords)];
}
