import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../domain/calendar/iso-date.ts';

/** A required text field; the Chinese errors name the field's label. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);

/** A text field that may be left empty (''). */
export const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不能超过${max}个字`).default('');

/** A required date, a real calendar day written YYYY-MM-DD. */
export const requiredDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine((text): text is IsoDate => isIsoDate(text), { error: '应为 YYYY-MM-DD 格式的真实日期' });
