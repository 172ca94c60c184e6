import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import type { Executor } from '../../db/database.ts';
import { agencyTarget, findAgencyById, type AgencyRow } from '../../db/repositories/agencies.ts';
import { NotFoundError } from '../errors.ts';

/** The agency whose website the actor views or manages, after the policy allowed the action. */
export async function findWebsiteAgency(
  executor: Executor,
  options: { actor: Actor; agencyId: string; action: 'website.view' | 'website.manage' },
): Promise<AgencyRow> {
  const agency = await findAgencyById(executor, options.agencyId);
  if (!agency) throw new NotFoundError('机关不存在');
  assertMay(options.actor, options.action, await agencyTarget(executor, agency.id));
  return agency;
}
