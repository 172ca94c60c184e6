import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { findDocumentNumberPatternProblems } from '../../domain/applications/letters/document-number.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  findLetterSettings,
  letterSettingsSubjectType,
  upsertLetterSettings,
} from '../../db/repositories/letter-settings.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { findConfigurableAgency } from './find-configurable-agency.ts';
import { letterSettingsOf, type LetterSettings } from './letter-agency-of.ts';

/** Optional text: blank means none (the remedy notice then uses the general wording). */
const optionalName = (label: string) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(100, `${label}不能超过100个字符`)
    .default('')
    .transform((value) => (value === '' ? null : value));

/** A checkbox: ticked in a form (`on`), or a boolean from the API. */
const checkbox = z
  .union([z.boolean(), z.string()], { error: '请选择是否编号' })
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true');

export const letterSettingsInputSchema = z.object({
  documentNumberPattern: z
    .string({ error: '请填写文号格式' })
    .trim()
    .min(1, '请填写文号格式，如 示商务依申〔{年}〕{序号}号')
    .max(60, '文号格式不能超过60个字符')
    .superRefine((pattern, context) => {
      const problems = findDocumentNumberPatternProblems({ pattern });
      if (problems.length > 0) context.addIssue({ code: 'custom', message: problems.join('；') });
    }),
  isReceiptNumbered: checkbox,
  reconsiderationBody: optionalName('行政复议机关'),
  court: optionalName('人民法院'),
  feePaymentInstructions: z
    .string({ error: '请填写缴费方式' })
    .trim()
    .min(1, '请填写缴费方式，如缴费窗口、账户或缴费平台')
    .max(500, '缴费方式不能超过500个字符'),
});

/**
 * Saves an agency's letter settings (`letter.configure`): the 文号 pattern must give a 文号
 * (`findDocumentNumberPatternProblems`). Letters issued later use them; issued letters keep their
 * text. Writes `letterSettings.updated` with the fields changed, in the same transaction; nothing
 * when nothing changed.
 */
export async function updateLetterSettings(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; settings: Record<string, unknown> },
): Promise<LetterSettings> {
  const valid = parseInput(letterSettingsInputSchema, input.settings);
  return context.db.transaction(async (transaction) => {
    const agency = await findConfigurableAgency(transaction, { actor, agencyId: input.agencyId });
    const row = await findLetterSettings(transaction, agency.id);
    const before = letterSettingsOf({ agency, row });
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(valid) as Array<keyof LetterSettings>) {
      if (before[key] !== valid[key]) changed[key] = { from: before[key], to: valid[key] };
    }
    // Saving the defaults unchanged still stores them, so later changes of the agency's short name
    // no longer change its 文号; an unchanged saved row is left alone.
    if (row !== undefined && Object.keys(changed).length === 0) return before;
    const now = context.now();
    const updatedBy = describeActor(actor);
    await upsertLetterSettings(transaction, { agencyId: agency.id, ...valid, updatedAt: now, updatedBy });
    await appendEvent(transaction, {
      agencyId: agency.id,
      actor: updatedBy,
      kind: 'letterSettings.updated',
      subjectType: letterSettingsSubjectType,
      subjectId: agency.id,
      payload: { changed },
      occurredAt: now,
    });
    return valid;
  });
}
