import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar/iso-date.ts';
import { columnKinds } from '../../domain/website/freshness-rules.ts';

const webAddress = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(500, `${label}不能超过500个字符`)
    .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), `${label}应以 http:// 或 https:// 开头`);

export const websiteColumnInputSchema = z.object({
  name: z
    .string({ error: '请填写栏目名称' })
    .trim()
    .min(1, '请填写栏目名称')
    .max(60, '栏目名称不能超过60个字符'),
  url: webAddress('栏目网址'),
  kind: z.enum(columnKinds, { error: '请选择栏目类型' }),
});

const optionalDate = z
  .string({ error: '日期格式应为 2024-05-01' })
  .trim()
  .default('')
  .refine((value) => value === '' || isIsoDate(value), '日期格式应为 2024-05-01')
  .transform((value) => (value === '' ? null : value));

export const newMediaAccountInputSchema = z.object({
  platform: z
    .string({ error: '请填写平台' })
    .trim()
    .min(1, '请填写平台，如 微信公众号')
    .max(30, '平台不能超过30个字符'),
  name: z
    .string({ error: '请填写账号名称' })
    .trim()
    .min(1, '请填写账号名称')
    .max(60, '账号名称不能超过60个字符'),
  url: z
    .string({ error: '账号网址应为文字' })
    .trim()
    .max(500, '账号网址不能超过500个字符')
    .default('')
    .refine(
      (value) => value === '' || /^https?:\/\/[^\s/]+/i.test(value),
      '账号网址应以 http:// 或 https:// 开头',
    ),
  lastUpdatedOn: optionalDate,
});

export const newMediaUpdateInputSchema = z.object({ lastUpdatedOn: optionalDate });

/** A count entered in a form: digits only, 0 allowed; blank is refused (blank and 0 differ). */
const count = (label: string) =>
  z
    .union([z.number(), z.string()], { error: `请填写${label}` })
    .transform((value) => (typeof value === 'string' ? value.trim() : value))
    .refine((value) => value !== '', `请填写${label}`)
    .refine((value) => /^\d{1,9}$/.test(String(value)), `${label}应为不小于0的整数`)
    .transform((value) => Number(value));

const optionalCount = (label: string) =>
  z
    .union([z.number(), z.string()], { error: `${label}应为不小于0的整数` })
    .optional()
    .transform((value) => (typeof value === 'string' ? value.trim() : value))
    .refine(
      (value) => value === undefined || value === '' || /^\d{1,9}$/.test(String(value)),
      `${label}应为不小于0的整数`,
    )
    .transform((value) => (value === undefined || value === '' ? null : Number(value)));

/** The period of a statistics entry: a year, and a month or blank for the whole year. */
const period = {
  year: z
    .union([z.number(), z.string()], { error: '请填写年份' })
    .transform((value) => String(value).trim())
    .refine((value) => /^(19|20)\d{2}$/.test(value), '年份应为4位数字，如 2024')
    .transform(Number),
  month: z
    .union([z.number(), z.string()], { error: '月份应为1至12' })
    .optional()
    .transform((value) => (value === undefined ? '' : String(value).trim()))
    .refine((value) => value === '' || /^(?:[1-9]|1[0-2])$/.test(value), '月份应为1至12，全年数据请留空')
    .transform((value) => (value === '' ? null : Number(value))),
};

export const newMediaStatisticsInputSchema = z.object({
  ...period,
  postCount: count('发布信息期数'),
  followerCount: optionalCount('关注（订阅）人数'),
});

export const serviceStatisticsInputSchema = z.object({
  ...period,
  consultationCount: count('网上公开征求意见次数'),
  serviceItemCount: count('政务服务事项数'),
  serviceCaseCount: count('办件量'),
});
