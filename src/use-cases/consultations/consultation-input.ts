import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../../domain/calendar/iso-date.ts';
import { optionalText, requiredDate, requiredText } from '../labelled-fields.ts';
import { adoptions } from '../../domain/consultations/consultation-feedback.ts';

/** The fields staff fill in for a consultation; the closing date defaults to 30 days. */
export const consultationFieldsSchema = z.object({
  title: requiredText('标题', 200),
  explanation: optionalText('起草说明', 5000),
  draftText: requiredText('征求意见稿正文', 100_000),
  opensOn: requiredDate('开始日期'),
  /** Empty: the default period (`defaultClosesOn`). */
  closesOn: z
    .string()
    .trim()
    .default('')
    .refine((text) => text === '' || isIsoDate(text), { error: '应为 YYYY-MM-DD 格式的真实日期' })
    .transform((text) => (text === '' ? null : (text as IsoDate))),
  shortPeriodReason: optionalText('期限少于30日的理由', 500),
  /** The catalogue item the consultation concerns, if any (empty: none). */
  publicationItemId: z
    .string()
    .trim()
    .default('')
    .refine((text) => text === '' || z.uuid().safeParse(text).success, { error: '公开目录条目无效' })
    .transform((text) => (text === '' ? null : text)),
});

export type ConsultationFieldsInput = z.input<typeof consultationFieldsSchema>;

export const createConsultationSchema = consultationFieldsSchema.extend({
  agencyId: z.uuid({ error: '机关无效' }),
});

const versioned = {
  consultationId: z.uuid({ error: '征求意见无效' }),
  expectedVersion: z.coerce
    .number({ error: '缺少表单版本号，请刷新页面后重试' })
    .int('缺少表单版本号，请刷新页面后重试')
    .min(1, '缺少表单版本号，请刷新页面后重试'),
};

export const editConsultationSchema = consultationFieldsSchema.extend(versioned);
export const consultationCommandSchema = z.object(versioned);
export const withdrawConsultationSchema = z.object({
  ...versioned,
  reason: z.string().default(''),
});

export const submitCommentSchema = z.object({
  agencySlug: z.string().min(1),
  consultationId: z.uuid({ error: '征求意见不存在' }),
  body: z.string().default(''),
  paragraphReference: z.string().default(''),
  contact: z.string().default(''),
  idempotencyKey: z.string().trim().min(8, '表单已失效，请刷新页面后重新提交').max(100),
});

export const moderateCommentSchema = z.object({
  commentId: z.uuid({ error: '意见无效' }),
  decision: z.enum(['publish', 'reject'], { error: '请选择公开或不予公开' }),
  reason: z.string().default(''),
});

export const recordAdoptionSchema = z.object({
  commentId: z.uuid({ error: '意见无效' }),
  adoption: z.enum(adoptions, { error: '请选择采纳情况' }),
  reason: optionalText('理由', 1000),
});

export const publishFeedbackSchema = z.object({
  ...versioned,
  summary: requiredText('反馈说明', 10_000),
});
