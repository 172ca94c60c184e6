import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  findNewMediaAccount,
  newMediaAccountSubjectType,
  setNewMediaLastUpdatedOn,
} from '../../db/repositories/website.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { findWebsiteAgency } from './find-website-agency.ts';
import { newMediaUpdateInputSchema } from './website-input.ts';

/**
 * Records the date an account last posted, for platforms the checker cannot read (rules.md §7:
 * new media not updated for 2 weeks); a date after today is refused. Writes `website.accountUpdated`.
 */
export async function recordNewMediaUpdate(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; accountId: string; update: RawInput },
): Promise<void> {
  const valid = parseInput(newMediaUpdateInputSchema, input.update);
  const now = context.now();
  if (valid.lastUpdatedOn !== null && valid.lastUpdatedOn > isoDateInShanghai(now))
    throw new ValidationError('最近更新日期不能晚于今天', { lastUpdatedOn: '最近更新日期不能晚于今天' });
  await context.db.transaction(async (transaction) => {
    const agency = await findWebsiteAgency(transaction, {
      actor,
      agencyId: input.agencyId,
      action: 'website.manage',
    });
    const account = await findNewMediaAccount(transaction, {
      agencyId: agency.id,
      accountId: input.accountId,
    });
    if (!account) throw new NotFoundError('新媒体账号不存在');
    await setNewMediaLastUpdatedOn(transaction, {
      accountId: account.id,
      lastUpdatedOn: valid.lastUpdatedOn,
    });
    await appendEvent(transaction, {
      agencyId: agency.id,
      actor: describeActor(actor),
      kind: 'website.accountUpdated',
      subjectType: newMediaAccountSubjectType,
      subjectId: account.id,
      payload: { lastUpdatedOn: { from: account.lastUpdatedOn, to: valid.lastUpdatedOn } },
      occurredAt: now,
    });
  });
}
