import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  findNewMediaAccount,
  upsertNewMediaStatistics,
  upsertServiceStatistics,
  websiteStatisticsSubjectType,
} from '../../db/repositories/website.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { findWebsiteAgency } from './find-website-agency.ts';
import { newMediaStatisticsInputSchema, serviceStatisticsInputSchema } from './website-input.ts';

/**
 * Saves one period's figures (a year, or a month) of a new-media account, replacing what was
 * entered for that period (`website.manage`); section 一 of the annual report quotes them.
 * Writes `website.statisticsSaved`.
 */
export async function saveNewMediaStatistics(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; accountId: string; statistics: RawInput },
): Promise<void> {
  const valid = parseInput(newMediaStatisticsInputSchema, input.statistics);
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
    const now = context.now();
    const updatedBy = describeActor(actor);
    await upsertNewMediaStatistics(transaction, {
      accountId: account.id,
      agencyId: agency.id,
      ...valid,
      updatedAt: now,
      updatedBy,
    });
    await appendEvent(transaction, {
      agencyId: agency.id,
      actor: updatedBy,
      kind: 'website.statisticsSaved',
      subjectType: websiteStatisticsSubjectType,
      subjectId: account.id,
      payload: { account: `${account.platform}“${account.name}”`, ...valid },
      occurredAt: now,
    });
  });
}

/** Saves one period's service figures (征求意见, 政务服务事项, 办件量) of the agency; as above. */
export async function saveServiceStatistics(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; statistics: RawInput },
): Promise<void> {
  const valid = parseInput(serviceStatisticsInputSchema, input.statistics);
  await context.db.transaction(async (transaction) => {
    const agency = await findWebsiteAgency(transaction, {
      actor,
      agencyId: input.agencyId,
      action: 'website.manage',
    });
    const now = context.now();
    const updatedBy = describeActor(actor);
    await upsertServiceStatistics(transaction, { agencyId: agency.id, ...valid, updatedAt: now, updatedBy });
    await appendEvent(transaction, {
      agencyId: agency.id,
      actor: updatedBy,
      kind: 'website.statisticsSaved',
      subjectType: websiteStatisticsSubjectType,
      subjectId: agency.id,
      payload: { service: true, ...valid },
      occurredAt: now,
    });
  });
}
