import type { Actor, StaffActor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { AccessDeniedError, assertMay, type Action } from '../../domain/access/policy.ts';
import type { PersonalInformationFinding } from '../../domain/publications/personal-information-scan.ts';
import {
  applyReviewCommand,
  type ReviewAcceptance,
  type ReviewState,
} from '../../domain/publications/apply-review-command.ts';
import type { PublicationStatus, ReviewLevel } from '../../domain/publications/publication-status.ts';
import type { ReviewCommand } from '../../domain/publications/review-command.ts';
import type { Transaction } from '../../db/database.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  findPublicationItemById,
  insertPublicationSignOff,
  listPublicationSignOffs,
  publicationItemSubjectType,
  updatePublicationItemRow,
  type NewPublicationItemRow,
  type PublicationItemRow,
} from '../../db/repositories/publications.ts';
import { randomUUID } from 'node:crypto';
import type { UseCaseContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { findingsOf } from './publication-view.ts';

/** Review steps are signed by a named member of staff (Art. 17), never by a system actor. */
export function staffOnly(actor: Actor): StaffActor {
  if (actor.kind === 'staff') return actor;
  if (actor.kind === 'public') throw new AccessDeniedError('请先登录');
  throw new AccessDeniedError('主动公开的供稿和审核须由具名的工作人员办理');
}

export function reviewStateOf(options: {
  row: PublicationItemRow;
  signOffs: ReadonlyArray<{
    level: number;
    decision: string;
    reviewerId: string;
    opinion: string;
    isConfidentialityCleared: boolean;
    signedAt: Date;
  }>;
}): ReviewState {
  return {
    status: options.row.status as PublicationStatus,
    contributorId: options.row.contributorId,
    signOffs: options.signOffs.map((signOff) => ({
      level: signOff.level as ReviewLevel,
      decision: signOff.decision === 'returned' ? 'returned' : 'approved',
      reviewerId: signOff.reviewerId,
      opinion: signOff.opinion,
      isConfidentialityCleared: signOff.isConfidentialityCleared,
      signedAt: signOff.signedAt.toISOString(),
    })),
  };
}

/** What a command saves besides the status, and its event. */
export type ReviewStepOutcome = {
  changes?: Partial<NewPublicationItemRow>;
  searchTerms?: readonly string[];
  eventKind: string;
  payload: Record<string, unknown>;
};

/**
 * Load (locked) → authorise (policy) → check the version → the review rules (`applyReviewCommand`)
 * → save the status, the sign-off and the event in one transaction. Every command on an existing
 * item goes through here.
 */
export async function runReviewCommand(
  context: UseCaseContext,
  actor: Actor,
  options: {
    itemId: string;
    expectedVersion: number;
    action: Action;
    command: (findings: readonly PersonalInformationFinding[], row: PublicationItemRow) => ReviewCommand;
    save: (step: {
      transaction: Transaction;
      row: PublicationItemRow;
      acceptance: ReviewAcceptance;
      findings: readonly PersonalInformationFinding[];
      now: Date;
    }) => Promise<ReviewStepOutcome>;
  },
): Promise<PublicationItemRow> {
  const staff = staffOnly(actor);
  return context.db.transaction(async (transaction) => {
    const row = await findPublicationItemById(transaction, { itemId: options.itemId, isLocked: true });
    if (!row) throw new NotFoundError('找不到该公开目录条目');
    assertMay(actor, options.action, await agencyTarget(transaction, row.agencyId));
    if (row.version !== options.expectedVersion) {
      throw new ConflictError('该条目在您打开页面后已被修改，请刷新页面核对后再操作');
    }
    const signOffs = await listPublicationSignOffs(transaction, row.id);
    const findings = findingsOf(row);
    const result = applyReviewCommand({
      state: reviewStateOf({ row, signOffs }),
      command: options.command(findings, row),
      reviewer: { userId: staff.userId, roles: staff.roles },
    });
    if (!result.isAccepted) throw new ValidationError(result.message);
    const now = context.now();
    if (result.signOff) {
      await insertPublicationSignOff(transaction, {
        id: randomUUID(),
        agencyId: row.agencyId,
        itemId: row.id,
        itemVersion: row.version,
        ...result.signOff,
        signedAt: now,
      });
    }
    const outcome = await options.save({ transaction, row, acceptance: result, findings, now });
    const updated = await updatePublicationItemRow(transaction, {
      itemId: row.id,
      changes: { ...outcome.changes, status: result.status, version: row.version + 1, updatedAt: now },
      searchTerms: outcome.searchTerms,
    });
    await appendEvent(transaction, {
      agencyId: row.agencyId,
      actor: describeActor(actor),
      kind: outcome.eventKind,
      subjectType: publicationItemSubjectType,
      subjectId: row.id,
      payload: {
        status: result.status,
        ...(result.signOff ? { signOff: result.signOff } : {}),
        ...outcome.payload,
      },
      occurredAt: now,
    });
    return updated;
  });
}
