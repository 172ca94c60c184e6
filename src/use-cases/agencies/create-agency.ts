import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { AccessDeniedError, assertMay } from '../../domain/access/policy.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  agencyTarget,
  findAgencyBySlug,
  insertAgency,
  type AgencyRow,
} from '../../db/repositories/agencies.ts';
import type { UseCaseContext } from '../context.ts';
import { ConflictError, translateUniqueViolation, ValidationError } from '../errors.ts';
import { agencyInputSchema, parseInput, type AgencyInput, type RawInput } from './agency-input.ts';

/**
 * Registers an agency. A system administrator may create any agency; a supervisor may add agencies
 * below its own (its subtree). The event goes on the new agency's chain.
 */
export async function createAgency(
  context: UseCaseContext,
  actor: Actor,
  input: AgencyInput | RawInput,
): Promise<AgencyRow> {
  const valid = parseInput(agencyInputSchema, input);
  return context.db
    .transaction(async (transaction) => {
      let parentId: string | null = null;
      if (valid.parentSlug) {
        const parent = await findAgencyBySlug(transaction, valid.parentSlug);
        if (!parent)
          throw new ValidationError(`上级机关“${valid.parentSlug}”不存在`, { parentSlug: '上级机关不存在' });
        parentId = parent.id;
        assertMay(actor, 'agency.create', await agencyTarget(transaction, parent.id));
      } else if (!(
        actor.kind === 'system' ||
        (actor.kind === 'staff' && actor.roles.includes('systemAdmin'))
      )) {
        throw new AccessDeniedError('只有系统管理员可以创建顶级机关');
      }
      if (await findAgencyBySlug(transaction, valid.slug)) {
        throw new ConflictError(`网址标识“${valid.slug}”已被使用`);
      }
      const now = context.now();
      const { parentSlug: _parentSlug, ...fields } = valid;
      const agency = await insertAgency(transaction, {
        ...fields,
        id: randomUUID(),
        parentId,
        createdAt: now,
        updatedAt: now,
      });
      await appendEvent(transaction, {
        agencyId: agency.id,
        actor: describeActor(actor),
        kind: 'agency.created',
        subjectType: 'agency',
        subjectId: agency.id,
        payload: { ...fields, parentId },
        occurredAt: now,
      });
      return agency;
    })
    .catch((error: unknown) => {
      throw translateUniqueViolation(error);
    });
}
