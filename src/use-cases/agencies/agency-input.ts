import { z } from 'zod';
import { agencyLevels } from '../../domain/agencies/agency-level.ts';
import { validateUnifiedSocialCreditCode } from '../../domain/agencies/unified-social-credit-code.ts';
import { ValidationError } from '../errors.ts';

const optionalText = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`).default('');

export const agencyInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, '网址标识须为2至40位小写字母、数字或连字符，以字母开头'),
  name: z.string().trim().min(2, '请填写机关全称').max(100, '机关全称不能超过100个字符'),
  shortName: z.string().trim().min(1, '请填写机关简称').max(40, '机关简称不能超过40个字符'),
  unifiedSocialCreditCode: z
    .string()
    .trim()
    .default('')
    .transform((value, context) => {
      if (value === '') return null;
      const result = validateUnifiedSocialCreditCode(value);
      if (!result.isValid) {
        context.addIssue({ code: 'custom', message: result.reason });
        return z.NEVER;
      }
      return result.code;
    }),
  level: z.enum(agencyLevels, { message: '请选择机关层级' }),
  parentSlug: z.string().trim().default(''),
  region: optionalText(100),
  officeName: optionalText(100),
  officeAddress: optionalText(200),
  officeHours: optionalText(200),
  officeTelephone: optionalText(50),
  officeFax: optionalText(50),
  officeEmail: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), '电子邮箱格式不正确'),
  officePostcode: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || /^\d{6}$/.test(value), '邮政编码应为6位数字'),
  website: optionalText(200),
});

export type AgencyInput = z.input<typeof agencyInputSchema>;
/** Untyped input from a form or an API body; the use case validates it. */
export type RawInput = Record<string, unknown>;
export type ValidAgencyInput = z.output<typeof agencyInputSchema>;

/** Parses with zod and turns its issues into a ValidationError with field messages in Chinese. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_';
    fieldErrors[field] ??= issue.message;
  }
  throw new ValidationError(Object.values(fieldErrors).join('；'), fieldErrors);
}
