import { z } from 'zod';
import type { StaffActor } from '../../domain/access/actor.ts';
import { assertMay, type Action } from '../../domain/access/policy.ts';
import type { Executor } from '../../db/database.ts';
import { agencyTarget, findAgencyBySlug, type AgencyRow } from '../../db/repositories/agencies.ts';
import { NotFoundError } from '../../use-cases/errors.ts';

const slugParameters = z.object({ slug: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/) });

/**
 * The agency named in a back-office URL, after the policy allowed `action` on it: unknown → 404,
 * another agency's pages → AccessDeniedError (403 with the policy's reason).
 */
export async function loadAuthorisedAgency(options: {
  executor: Executor;
  actor: StaffActor;
  parameters: unknown;
  action: Action;
}): Promise<AgencyRow> {
  const parsed = slugParameters.safeParse(options.parameters);
  const agency = parsed.success ? await findAgencyBySlug(options.executor, parsed.data.slug) : undefined;
  if (!agency) throw new NotFoundError('找不到该机关');
  assertMay(options.actor, options.action, await agencyTarget(options.executor, agency.id));
  return agency;
}
