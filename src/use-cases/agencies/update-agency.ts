import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  agencyTarget,
  findAgencyById,
  updateAgency as updateAgencyRow,
  type AgencyRow,
} from '../../db/repositories/agencies.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError, translateUniqueViolation } from '../errors.ts';
import { agencyInputSchema, parseInput } from './agency-input.ts';

/** The fields an agency administrator maintains: names and the disclosure office's contact details (Art. 12 guide). */
const agencyDetailsSchema = agencyInputSchema.pick({
  name: true,
  shortName: true,
  unifiedSocialCreditCode: true,
  region: true,
  officeName: true,
  officeAddress: true,
  officeHours: true,
  officeTelephone: true,
  officeFax: true,
  officeEmail: true,
  officePostcode: true,
  website: true,
});

export async function updateAgencyDetails(
  context: UseCaseContext,
  actor: Actor,
  options: { agencyId: string; details: Record<string, unknown> },
): Promise<AgencyRow> {
  const valid = parseInput(agencyDetailsSchema, options.details);
  return context.db
    .transaction(async (transaction) => {
      const agency = await findAgencyById(transaction, options.agencyId);
      if (!agency) throw new NotFoundError('机关不存在');
      assertMay(actor, 'agency.update', await agencyTarget(transaction, agency.id));
      const changed: Record<string, { from: unknown; to: unknown }> = {};
      for (const [key, value] of Object.entries(valid)) {
        const before = agency[key as keyof AgencyRow];
        if (before !== value) changed[key] = { from: before, to: value };
      }
      if (Object.keys(changed).length === 0) return agency;
      const now = context.now();
      const updated = await updateAgencyRow(transaction, agency.id, { ...valid, updatedAt: now });
      await appendEvent(transaction, {
        agencyId: agency.id,
        actor: describeActor(actor),
        kind: 'agency.updated',
        subjectType: 'agency',
        subjectId: agency.id,
        payload: { changed },
        occurredAt: now,
      });
      return updated;
    })
    .catch((error: unknown) => {
      // A duplicate credit code surfaces as a unique violation: a conflict, not a failure.
      throw translateUniqueViolation(error);
    });
}
