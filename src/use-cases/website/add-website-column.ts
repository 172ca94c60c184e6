import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  insertWebsiteColumn,
  websiteColumnSubjectType,
  type WebsiteColumnRow,
} from '../../db/repositories/website.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { translateUniqueViolation } from '../errors.ts';
import { findWebsiteAgency } from './find-website-agency.ts';
import { websiteColumnInputSchema } from './website-input.ts';

/** Adds a column (栏目) the checker reads (`website.manage`); writes `website.columnAdded`. */
export async function addWebsiteColumn(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; column: RawInput },
): Promise<WebsiteColumnRow> {
  const valid = parseInput(websiteColumnInputSchema, input.column);
  try {
    return await context.db.transaction(async (transaction) => {
      const agency = await findWebsiteAgency(transaction, {
        actor,
        agencyId: input.agencyId,
        action: 'website.manage',
      });
      const now = context.now();
      const column = await insertWebsiteColumn(transaction, {
        id: randomUUID(),
        agencyId: agency.id,
        ...valid,
        createdAt: now,
      });
      await appendEvent(transaction, {
        agencyId: agency.id,
        actor: describeActor(actor),
        kind: 'website.columnAdded',
        subjectType: websiteColumnSubjectType,
        subjectId: column.id,
        payload: { ...valid },
        occurredAt: now,
      });
      return column;
    });
  } catch (error) {
    throw translateUniqueViolation(error);
  }
}
