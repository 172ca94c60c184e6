import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../../calendar/iso-date.ts';
import { outcomeCodes } from '../outcomes/outcome-catalogue.ts';
import type { Letter } from './letter.ts';
import { isLetterTemplateKey, proceduralLetterKinds, type LetterTemplateKey } from './letter-kind.ts';
import type { LetterTemplate } from './letter-template.ts';

/**
 * Schemas of a stored letter (kept on the case as issued) and of an agency's edited template, for
 * the repositories and the template form. Messages in Chinese. A template that parses may still
 * be invalid: check it with `validateLetterTemplate`.
 */
const isoDate = z
  .string({ error: '应为 YYYY-MM-DD 格式的日期' })
  .refine((text): text is IsoDate => isIsoDate(text), { error: '应为 YYYY-MM-DD 格式的真实日期' });
const text = z.string({ error: '应为文字' });
const templateKey = z
  .string({ error: '应为文书模板代码' })
  .refine((value): value is LetterTemplateKey => isLetterTemplateKey(value), { error: '文书模板代码无效' });

export const letterTemplateSchema: z.ZodType<LetterTemplate> = z.strictObject({
  key: templateKey,
  title: text.max(100, { error: '标题不能超过100个字' }),
  body: text.max(10_000, { error: '正文不能超过10000个字' }),
  attachments: z.array(text).max(50, { error: '附件不能超过50项' }).readonly(),
});

export const letterSchema: z.ZodType<Letter> = z.strictObject({
  kind: z.enum([...proceduralLetterKinds, 'decision'], { error: '文书种类无效' }),
  templateKey,
  outcomeCode: z.enum(outcomeCodes, { error: '办理结果无效' }).nullable(),
  isDraft: z.boolean(),
  caseNumber: text,
  title: text,
  documentNumber: text.nullable(),
  addressee: text,
  paragraphs: z.array(text).readonly(),
  legalBasis: text,
  remedyNotice: text.nullable(),
  attachments: z.array(text).readonly(),
  dates: z.array(z.strictObject({ label: text, date: isoDate, legalBasis: text })).readonly(),
  signature: z.strictObject({ agencyName: text, issuedOn: isoDate, dateText: text, sealLabel: text }),
});
