import type { Actor, StaffActor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { AccessDeniedError, assertMay } from '../../domain/access/policy.ts';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import {
  applyConsultationCommand,
  type ConsultationState,
} from '../../domain/consultations/apply-consultation-command.ts';
import type { ConsultationCommand } from '../../domain/consultations/consultation-command.ts';
import type { ConsultationStatus } from '../../domain/consultations/consultation-status.ts';
import type { Transaction } from '../../db/database.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  consultationSubjectType,
  findConsultationById,
  updateConsultationRow,
  type ConsultationRow,
  type NewConsultationRow,
} from '../../db/repositories/consultations.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import type { UseCaseContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';

/** Consultations are handled by a named member of staff, never anonymously. */
export function staffOnly(actor: Actor): StaffActor {
  if (actor.kind === 'staff') return actor;
  if (actor.kind === 'public') throw new AccessDeniedError('请先登录');
  throw new AccessDeniedError('征求意见须由具名的工作人员办理');
}

export function consultationStateOf(row: ConsultationRow): ConsultationState {
  return {
    status: row.status as ConsultationStatus,
    opensOn: row.opensOn as IsoDate,
    closesOn: row.closesOn as IsoDate,
  };
}

/** What a command saves besides the status, and its event. */
export type ConsultationStepOutcome = {
  changes?: Partial<NewConsultationRow>;
  eventKind: string;
  payload?: Record<string, unknown>;
};

/**
 * Load (locked) → authorise (`consultation.manage`) → check the version → the lifecycle rules
 * (`applyConsultationCommand`) → save the status and the event in one transaction. Every command
 * on an existing consultation goes through here.
 */
export async function runConsultationCommand(
  context: UseCaseContext,
  actor: Actor,
  options: {
    consultationId: string;
    expectedVersion: number;
    command: ConsultationCommand;
    save: (step: {
      transaction: Transaction;
      row: ConsultationRow;
      today: IsoDate;
      now: Date;
    }) => Promise<ConsultationStepOutcome>;
  },
): Promise<ConsultationRow> {
  staffOnly(actor);
  return context.db.transaction(async (transaction) => {
    const row = await findConsultationById(transaction, {
      consultationId: options.consultationId,
      isLocked: true,
    });
    if (!row) throw new NotFoundError('找不到该征求意见');
    assertMay(actor, 'consultation.manage', await agencyTarget(transaction, row.agencyId));
    if (row.version !== options.expectedVersion) {
      throw new ConflictError('该征求意见在您打开页面后已被修改，请刷新页面核对后再操作');
    }
    const now = context.now();
    const today = isoDateInShanghai(now);
    const result = applyConsultationCommand({
      state: consultationStateOf(row),
      command: options.command,
      today,
    });
    if (!result.isAccepted) throw new ValidationError(result.message);
    const outcome = await options.save({ transaction, row, today, now });
    const updated = await updateConsultationRow(transaction, {
      consultationId: row.id,
      changes: { ...outcome.changes, status: result.status, version: row.version + 1, updatedAt: now },
    });
    await appendEvent(transaction, {
      agencyId: row.agencyId,
      actor: describeActor(actor),
      kind: outcome.eventKind,
      subjectType: consultationSubjectType,
      subjectId: row.id,
      payload: { status: result.status, ...outcome.payload },
      occurredAt: now,
    });
    return updated;
  });
}
