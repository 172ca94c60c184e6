import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import type { CaseCommand } from '../../domain/applications/lifecycle/case-command.ts';
import { parseCaseCommand } from '../../domain/applications/lifecycle/case-schemas.ts';
import type { CaseStatus } from '../../domain/applications/lifecycle/case-status.ts';
import { applyTransition } from '../../domain/applications/lifecycle/apply-transition.ts';
import { transitionTable } from '../../domain/applications/lifecycle/transition-table.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import type { DisclosureDecision } from '../../domain/applications/outcomes/disclosure-decision.ts';
import type { Executor } from '../../db/database.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { appendCaseEvents } from '../../db/repositories/case-events.ts';
import {
  findDisclosureRequestById,
  listRequestItems,
  setItemOutcome,
  updateDisclosureRequest,
} from '../../db/repositories/disclosure-requests.ts';
import { parseInput } from '../agencies/agency-input.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { cachedColumnsOf, isClockMovingEvent, replyDueDateOf } from './case-cache.ts';
import { lifecycleRolesOf } from './case-roles.ts';
import { loadCaseState } from './load-case.ts';

export type ApplyCaseCommandInput = {
  requestId: string;
  /** The case `version` the form was built from: a case changed since then refuses the command. */
  expectedVersion: number;
  /** A `CaseCommand`, validated here (forms and the API pass what they received). */
  command: CaseCommand | unknown;
};

export type AppliedCaseCommand = {
  requestId: string;
  caseNumber: string;
  status: CaseStatus;
  version: number;
  /** The deadline engine's warnings about the step (a late notice, a late reply …), in Chinese. */
  warnings: readonly string[];
};

const inputSchema = z.object({
  requestId: z.uuid({ error: '申请编号无效' }),
  expectedVersion: z.number({ error: '缺少表单版本号，请刷新页面后重试' }).int().min(1),
  command: z.unknown(),
});

/**
 * A multi-item request is decided item by item (rules.md §3): one result per stored item, in
 * order, each named as the request names it; a single-item request has no item results.
 */
async function withRequestItems(
  executor: Executor,
  requestId: string,
  decision: DisclosureDecision,
): Promise<DisclosureDecision> {
  const items = await listRequestItems(executor, requestId);
  if (items.length <= 1) {
    if (decision.itemResults.length === 0) return decision;
    const message = '本申请只有一项内容，不需要逐项填写办理结果';
    throw new ValidationError(message, { command: message });
  }
  if (decision.itemResults.length !== items.length) {
    const message = `本申请有${items.length}项内容，请逐项填写办理结果（现有${decision.itemResults.length}项）`;
    throw new ValidationError(message, { command: message });
  }
  return {
    ...decision,
    itemResults: decision.itemResults.map((result, index) => ({
      ...result,
      description: items[index]?.description ?? result.description,
    })),
  };
}

/**
 * One step of a case (Art. 30–35, 42): load the row (locked) and its events, refuse a stale form,
 * authorise (`request.handle`; the office head's steps `request.approve`, Art. 33 para 2), run
 * `applyTransition` with the calendar and today's date, then save the events and the row's cache
 * in one transaction. A refused step is a ValidationError with the domain's Chinese message.
 */
export async function applyCaseCommand(
  context: UseCaseContext,
  actor: Actor,
  input: ApplyCaseCommandInput,
): Promise<AppliedCaseCommand> {
  const valid = parseInput(inputSchema, input);
  const parsed = parseCaseCommand(valid.command);
  if (!parsed.isValid)
    throw new ValidationError(parsed.problems.join('；'), { command: parsed.problems.join('；') });
  const parsedCommand = parsed.value;
  if (parsedCommand.type === 'register')
    throw new ValidationError('登记申请请使用登记功能', { command: '不能重复登记' });
  const calendar = await loadWorkingCalendar(context.db);
  return context.db.transaction(async (transaction) => {
    const row = await findDisclosureRequestById(transaction, { requestId: valid.requestId, isLocked: true });
    if (!row) throw new NotFoundError('申请不存在');
    const target = await agencyTarget(transaction, row.agencyId);
    assertMay(actor, 'request.handle', target);
    const rule = transitionTable[parsedCommand.type];
    if (rule.roles.every((role) => role === 'officeHead')) assertMay(actor, 'request.approve', target);
    if (row.version !== valid.expectedVersion) {
      throw new ConflictError(`申请${row.caseNumber}在您打开页面后已有新的办理记录，请刷新页面核对后再操作`);
    }
    const { state } = await loadCaseState(transaction, row.id);
    const command =
      parsedCommand.type === 'proposeDecision'
        ? { ...parsedCommand, decision: await withRequestItems(transaction, row.id, parsedCommand.decision) }
        : parsedCommand;
    const now = context.now();
    const today = isoDateInShanghai(now);
    const result = applyTransition({ state, command, roles: lifecycleRolesOf(actor), now: today, calendar });
    if (!result.isAccepted) throw new ValidationError(result.message, { command: result.message });
    await appendCaseEvents(transaction, {
      agencyId: row.agencyId,
      requestId: row.id,
      actor: describeActor(actor),
      events: result.events,
      occurredAt: now,
    });
    const isClockMoved = result.events.some(isClockMovingEvent);
    const updated = await updateDisclosureRequest(transaction, {
      requestId: row.id,
      changes: {
        ...cachedColumnsOf(result.state),
        ...(isClockMoved
          ? { replyDueDate: replyDueDateOf({ state: result.state, calendar, now: today }) }
          : {}),
        updatedAt: now,
      },
    });
    if (result.events.some((event) => event.type === 'decisionApproved')) {
      const decision = result.state.decision?.decision;
      const itemResults =
        decision === undefined
          ? []
          : decision.itemResults.length > 0
            ? decision.itemResults
            : [{ description: row.informationTitle, outcomeCode: decision.outcomeCode }];
      for (const [position, item] of itemResults.entries()) {
        await setItemOutcome(transaction, {
          requestId: row.id,
          position,
          outcomeCode: item.outcomeCode,
          description: item.description,
        });
      }
    }
    return {
      requestId: row.id,
      caseNumber: row.caseNumber,
      status: result.state.status,
      version: updated.version,
      warnings: result.warnings,
    };
  });
}
