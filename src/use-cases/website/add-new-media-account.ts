import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  insertNewMediaAccount,
  newMediaAccountSubjectType,
  type NewMediaAccountRow,
} from '../../db/repositories/website.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { translateUniqueViolation } from '../errors.ts';
import { findWebsiteAgency } from './find-website-agency.ts';
import { newMediaAccountInputSchema } from './website-input.ts';

/** Registers a new-media account (政务新媒体, `website.manage`); writes `website.accountAdded`. */
export async function addNewMediaAccount(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; account: RawInput },
): Promise<NewMediaAccountRow> {
  const valid = parseInput(newMediaAccountInputSchema, input.account);
  try {
    return await context.db.transaction(async (transaction) => {
      const agency = await findWebsiteAgency(transaction, {
        actor,
        agencyId: input.agencyId,
        action: 'website.manage',
      });
      const now = context.now();
      const account = await insertNewMediaAccount(transaction, {
        id: randomUUID(),
        agencyId: agency.id,
        ...valid,
        createdAt: now,
      });
      await appendEvent(transaction, {
        agencyId: agency.id,
        actor: describeActor(actor),
        kind: 'website.accountAdded',
        subjectType: newMediaAccountSubjectType,
        subjectId: account.id,
        payload: { ...valid },
        occurredAt: now,
      });
      return account;
    });
  } catch (error) {
    throw translateUniqueViolation(error);
  }
}
