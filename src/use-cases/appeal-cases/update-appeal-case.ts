import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { findAppealCaseById, updateAppealCaseRow } from '../../db/repositories/appeal-cases.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import {
  appealCaseViewOf,
  checkAppealDates,
  updateAppealCaseInputSchema,
  type AppealCaseView,
  type UpdateAppealCaseInput,
} from './appeal-case-input.ts';

/** Records the result and closing date of an appeal case (or sets it back to pending), with its event. */
export async function updateAppealCase(
  context: UseCaseContext,
  actor: Actor,
  input: UpdateAppealCaseInput | RawInput,
): Promise<AppealCaseView> {
  const valid = parseInput(updateAppealCaseInputSchema, input);
  return context.db.transaction(async (transaction) => {
    const existing = await findAppealCaseById(transaction, {
      appealCaseId: valid.appealCaseId,
      isLocked: true,
    });
    if (!existing) throw new NotFoundError('案件不存在');
    assertMay(actor, 'request.handle', await agencyTarget(transaction, existing.agencyId));
    if (existing.version !== valid.expectedVersion) {
      throw new ConflictError('该案件在您打开页面后已被修改，请刷新页面核对后再操作');
    }
    const now = context.now();
    const { result, closedOn } = checkAppealDates({
      result: valid.result,
      closedOn: valid.closedOn ?? null,
      filedOn: existing.filedOn as IsoDate,
      today: isoDateInShanghai(now),
    });
    const row = await updateAppealCaseRow(transaction, {
      appealCaseId: existing.id,
      changes: {
        result: result === 'pending' ? null : result,
        closedOn,
        version: existing.version + 1,
        updatedAt: now,
      },
    });
    await appendEvent(transaction, {
      agencyId: existing.agencyId,
      actor: describeActor(actor),
      kind: 'appealCase.updated',
      subjectType: 'appealCase',
      subjectId: existing.id,
      payload: { result: row.result, closedOn: row.closedOn },
      occurredAt: now,
    });
    return appealCaseViewOf(row);
  });
}
