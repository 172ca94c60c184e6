import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { insertAppealCase } from '../../db/repositories/appeal-cases.ts';
import { findDisclosureRequestById } from '../../db/repositories/disclosure-requests.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import {
  appealCaseViewOf,
  checkAppealDates,
  recordAppealCaseInputSchema,
  type AppealCaseView,
  type RecordAppealCaseInput,
} from './appeal-case-input.ts';

/**
 * Records a reconsideration or lawsuit about a request (rules.md §4, table 四), with its event.
 * Needs `request.handle` at the request's agency. Not filed before the request was received.
 */
export async function recordAppealCase(
  context: UseCaseContext,
  actor: Actor,
  input: RecordAppealCaseInput | RawInput,
): Promise<AppealCaseView> {
  const valid = parseInput(recordAppealCaseInputSchema, input);
  return context.db.transaction(async (transaction) => {
    const request = await findDisclosureRequestById(transaction, { requestId: valid.requestId });
    if (!request) throw new NotFoundError('所涉申请不存在');
    assertMay(actor, 'request.handle', await agencyTarget(transaction, request.agencyId));
    const now = context.now();
    if (valid.filedOn < request.receivedOn) {
      throw new ValidationError('立案（申请）日期不能早于收到政府信息公开申请之日', {
        filedOn: '日期早于收到申请之日',
      });
    }
    const { result, closedOn } = checkAppealDates({
      result: valid.result,
      closedOn: valid.closedOn ?? null,
      filedOn: valid.filedOn,
      today: isoDateInShanghai(now),
    });
    const row = await insertAppealCase(transaction, {
      id: randomUUID(),
      agencyId: request.agencyId,
      requestId: request.id,
      kind: valid.kind,
      reference: valid.reference,
      filedOn: valid.filedOn,
      result: result === 'pending' ? null : result,
      closedOn,
      isCountedByThisAgency: valid.isCountedByThisAgency,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(transaction, {
      agencyId: request.agencyId,
      actor: describeActor(actor),
      kind: 'appealCase.recorded',
      subjectType: 'appealCase',
      subjectId: row.id,
      payload: {
        requestId: request.id,
        kind: row.kind,
        reference: row.reference,
        filedOn: row.filedOn,
        result: row.result,
        closedOn: row.closedOn,
        isCountedByThisAgency: row.isCountedByThisAgency,
      },
      occurredAt: now,
    });
    return appealCaseViewOf(row);
  });
}
