import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../../domain/calendar/iso-date.ts';
import { optionalText, requiredDate, requiredText } from '../labelled-fields.ts';
import { disclosureMethods, parseKeywords, validities } from '../../domain/publications/catalogue-entry.ts';
import { checkDocumentNumber } from '../../domain/publications/document-number-check.ts';
import { statutoryItemKeys } from '../../domain/publications/statutory-items.ts';

/** A date field that may be left empty (null). */
const optionalDate = z
  .string({ error: '应为 YYYY-MM-DD 格式的真实日期' })
  .trim()
  .nullish()
  .transform((text) => text ?? '')
  .refine((text) => text === '' || isIsoDate(text), { error: '应为 YYYY-MM-DD 格式的真实日期' })
  .transform((text) => (text === '' ? null : (text as IsoDate)));

/** The catalogue fields a contributor fills in (Art. 12; rules.md §5). */
export const publicationDraftSchema = z.object({
  title: requiredText('名称', 200),
  summary: requiredText('内容概述', 1000),
  body: optionalText('正文', 100_000),
  writtenOn: optionalDate,
  formedOrChangedOn: requiredDate('形成或变更日期'),
  publishingOrganisation: requiredText('发布机构', 100),
  documentNumber: z
    .string()
    .default('')
    .transform((text, context) => {
      const check = checkDocumentNumber(text);
      if (!check.isValid) {
        context.addIssue({ code: 'custom', message: check.reason });
        return z.NEVER;
      }
      return check.documentNumber;
    }),
  topicCategory: optionalText('主题分类', 40),
  genre: optionalText('体裁分类', 40),
  statutoryItem: z.enum(statutoryItemKeys, { error: '请选择所属的第二十条、第二十一条事项' }),
  disclosureMethod: z.enum(disclosureMethods, { error: '请选择公开方式' }),
  isNormativeDocument: z.boolean().default(false),
  effectiveOn: optionalDate,
  validUntil: optionalDate,
  keywords: z
    .string()
    .max(200, '关键词不能超过200个字')
    .default('')
    .transform((text) => parseKeywords(text))
    .refine((keywords) => keywords.length <= 10, { error: '关键词不能超过10个' }),
});

export type PublicationDraftInput = z.input<typeof publicationDraftSchema>;
export type ValidPublicationDraft = z.output<typeof publicationDraftSchema>;

export const publicationDraftFields = Object.keys(publicationDraftSchema.shape) as Array<
  keyof typeof publicationDraftSchema.shape
>;

export const createPublicationDraftSchema = publicationDraftSchema.extend({
  agencyId: z.uuid({ error: '机关无效' }),
});

export const editPublicationDraftSchema = publicationDraftSchema.extend({
  itemId: z.uuid({ error: '条目无效' }),
  expectedVersion: z
    .number({ error: '缺少表单版本号，请刷新页面后重试' })
    .int()
    .min(1, '缺少表单版本号，请刷新页面后重试'),
});

/** What every command on an existing item carries: the item and the version the form showed. */
export const itemCommandSchema = z.object({
  itemId: z.uuid({ error: '条目无效' }),
  expectedVersion: z
    .number({ error: '缺少表单版本号，请刷新页面后重试' })
    .int()
    .min(1, '缺少表单版本号，请刷新页面后重试'),
});

export const validityChangeSchema = itemCommandSchema.extend({
  validity: z.enum(validities, { error: '请选择有效性' }),
  effectiveOn: optionalDate,
  validUntil: optionalDate,
  validityEndedOn: optionalDate,
  repealingDocument: optionalText('废止依据', 200),
});

export type ValidityChangeInput = z.input<typeof validityChangeSchema>;
