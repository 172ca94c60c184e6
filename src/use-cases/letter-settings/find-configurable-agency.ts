import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import type { Executor } from '../../db/database.ts';
import { agencyTarget, findAgencyById, type AgencyRow } from '../../db/repositories/agencies.ts';
import { NotFoundError } from '../errors.ts';

/** The agency whose letters the actor configures, after the policy allowed `letter.configure`. */
export async function findConfigurableAgency(
  executor: Executor,
  options: { actor: Actor; agencyId: string },
): Promise<AgencyRow> {
  const agency = await findAgencyById(executor, options.agencyId);
  if (!agency) throw new NotFoundError('机关不存在');
  assertMay(options.actor, 'letter.configure', await agencyTarget(executor, agency.id));
  return agency;
}
