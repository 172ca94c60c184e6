import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import {
  checkIndexNumberPattern,
  defaultIndexNumberPattern,
} from '../../domain/publications/index-number.ts';
import type { Executor } from '../../db/database.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { findPublicationSettings, savePublicationSettings } from '../../db/repositories/publications.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';

const settingsSchema = z.object({
  agencyId: z.uuid({ error: '机关无效' }),
  indexNumberPattern: z
    .string()
    .trim()
    .default('')
    .transform((text) => text || defaultIndexNumberPattern)
    .refine((text) => text.length <= 60, { error: '索引号格式不能超过60个字符' })
    .superRefine((text, context) => {
      const check = checkIndexNumberPattern(text);
      if (!check.isValid) context.addIssue({ code: 'custom', message: check.reason });
    }),
  organisationCode: z
    .string()
    .trim()
    .default('')
    .refine((text) => text === '' || /^[0-9A-Za-z-]{1,30}$/.test(text), {
      error: '机构代码只能包含字母、数字或连字符，最多30个字符；留空则使用统一社会信用代码',
    })
    .transform((text) => (text === '' ? null : text)),
});

export type PublicationSettingsView = { indexNumberPattern: string; organisationCode: string | null };

/** The agency's 索引号 settings, or the defaults (rules.md §5). */
export async function getPublicationSettings(
  executor: Executor,
  agencyId: string,
): Promise<PublicationSettingsView> {
  const row = await findPublicationSettings(executor, agencyId);
  return {
    indexNumberPattern: row?.indexNumberPattern ?? defaultIndexNumberPattern,
    organisationCode: row?.organisationCode ?? null,
  };
}

/**
 * The agency administrator sets the 索引号 pattern and the organisation code in it (product
 * decision of rules.md §5: a setting, default `{code}/{yyyy}-{nnnnn}` with the credit code).
 * Numbers already assigned never change.
 */
export async function updatePublicationSettings(
  context: UseCaseContext,
  actor: Actor,
  input: z.input<typeof settingsSchema> | RawInput,
): Promise<PublicationSettingsView> {
  const valid = parseInput(settingsSchema, input);
  return context.db.transaction(async (transaction) => {
    assertMay(actor, 'agency.update', await agencyTarget(transaction, valid.agencyId));
    const now = context.now();
    const row = await savePublicationSettings(transaction, {
      agencyId: valid.agencyId,
      indexNumberPattern: valid.indexNumberPattern,
      organisationCode: valid.organisationCode,
      updatedAt: now,
      updatedBy: describeActor(actor),
    });
    await appendEvent(transaction, {
      agencyId: valid.agencyId,
      actor: describeActor(actor),
      kind: 'publicationSettings.updated',
      subjectType: 'agency',
      subjectId: valid.agencyId,
      payload: { indexNumberPattern: row.indexNumberPattern, organisationCode: row.organisationCode },
      occurredAt: now,
    });
    return { indexNumberPattern: row.indexNumberPattern, organisationCode: row.organisationCode };
  });
}
