import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { agencyScope, assertMay, may } from '../../domain/access/policy.ts';
import { applicantTypes, type ApplicantType } from '../../domain/applications/applicant/applicant-type.ts';
import {
  caseStatuses,
  caseStatusLabel,
  type CaseStatus,
} from '../../domain/applications/lifecycle/case-status.ts';
import { replayCase } from '../../domain/applications/lifecycle/replay-case.ts';
import {
  assessCase,
  workQueuePhaseLabels,
  workQueuePhases,
  type WorkQueuePhase,
} from '../../domain/applications/lifecycle/work-queue-phase.ts';
import type { PendingObligation } from '../../domain/applications/deadlines/deadline-report.ts';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import { agencyTarget, listAgenciesInScope } from '../../db/repositories/agencies.ts';
import { listRequestsWithEvents } from '../../db/repositories/disclosure-requests.ts';
import { parseInput } from '../agencies/agency-input.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { isoDateSchema } from './request-input.ts';
import { parseStoredCaseEvents } from './load-case.ts';

export const workQueueFilterSchema = z.object({
  /** One agency (default: the actor's own). */
  agencyId: z.uuid({ error: '机关无效' }).optional(),
  phases: z.array(z.enum(workQueuePhases, { error: '阶段无效' })).default([]),
  statuses: z.array(z.enum(caseStatuses, { error: '状态无效' })).default([]),
  applicantType: z.enum(applicantTypes, { error: '申请人类型无效' }).optional(),
  receivedFrom: isoDateSchema.optional(),
  receivedTo: isoDateSchema.optional(),
  /** Part of a case number or of the title of the information wanted. */
  text: z.string().trim().max(100, '检索词不能超过100个字').optional(),
  /** Finished cases (closed, withdrawn, deemed abandoned) too; implied by the phase `closed` or a status filter. */
  isFinishedIncluded: z.boolean().default(false),
  limit: z.number().int().min(1).max(5000).default(500),
});

/** Statuses after which nothing is left to do on a case. */
const finishedStatuses: readonly CaseStatus[] = ['closed', 'withdrawn', 'deemedAbandoned'];

export type WorkQueueFilter = z.input<typeof workQueueFilterSchema>;

export type WorkQueueEntry = {
  requestId: string;
  agencyId: string;
  caseNumber: string;
  version: number;
  receivedOn: IsoDate;
  status: CaseStatus;
  statusLabel: string;
  phase: WorkQueuePhase;
  phaseLabel: string;
  applicantType: ApplicantType;
  /** Null for actors without `request.view` (personal data). */
  applicantName: string | null;
  informationTitle: string;
  /** From the deadline engine as of today (never the stored cache). */
  replyDueDate: IsoDate | null;
  isReplyDueDateProvisional: boolean;
  /** Why the clock runs, pauses or stopped (Chinese). */
  clockStateReason: string | null;
  /** What each side owes and by when (the next obligation first). */
  obligations: PendingObligation[];
  calendarWarning: string | null;
  /** When the office head approved the decision (答复); null before. */
  decidedOn: IsoDate | null;
  /** When the decision reached the applicant; null before. */
  deliveredOn: IsoDate | null;
  /** When the case ended (delivered, withdrawn, deemed abandoned); null while open. */
  concludedOn: IsoDate | null;
  /** Whether the reply reached the applicant within the reply period; null when not (yet) known. */
  isAnsweredInTime: boolean | null;
};

export type WorkQueue = {
  today: IsoDate;
  entries: WorkQueueEntry[];
  /** Count per phase of the entries matching the other filters (for the tabs and the dashboard). */
  phaseCounts: Record<WorkQueuePhase, number>;
};

/**
 * The work queue of case handlers (issue 4): one query for the requests and their events, then
 * the phase and due dates of each from the deadline engine as of today; sorted by reply due date
 * (cases without one last). Needs `request.viewSummary`; names only with `request.view`.
 */
export async function listWorkQueue(
  context: UseCaseContext,
  actor: Actor,
  filter: WorkQueueFilter = {},
): Promise<WorkQueue> {
  const valid = parseInput(workQueueFilterSchema, filter);
  const agencyIds = await agencyIdsFor({ context, actor, agencyId: valid.agencyId });
  const isFinishedIncluded =
    valid.isFinishedIncluded || valid.phases.includes('closed') || valid.statuses.length > 0;
  const [rows, calendar] = await Promise.all([
    listRequestsWithEvents(context.db, {
      agencyIds,
      excludedStatuses: isFinishedIncluded ? [] : finishedStatuses,
      statuses: valid.statuses,
      ...(valid.applicantType ? { applicantType: valid.applicantType } : {}),
      ...(valid.receivedFrom ? { receivedFrom: valid.receivedFrom } : {}),
      ...(valid.receivedTo ? { receivedTo: valid.receivedTo } : {}),
      ...(valid.text ? { text: valid.text } : {}),
      limit: valid.limit,
    }),
    loadWorkingCalendar(context.db),
  ]);
  const today = isoDateInShanghai(context.now());
  const personalDataAgencies = new Set<string>();
  for (const agencyId of new Set(rows.map((entry) => entry.row.agencyId))) {
    if (may(actor, 'request.view', await agencyTarget(context.db, agencyId)).isAllowed) {
      personalDataAgencies.add(agencyId);
    }
  }
  const phaseCounts = Object.fromEntries(workQueuePhases.map((phase) => [phase, 0])) as Record<
    WorkQueuePhase,
    number
  >;
  const entries: WorkQueueEntry[] = [];
  for (const { row, eventPayloads } of rows) {
    const state = replayCase({ events: parseStoredCaseEvents(eventPayloads) });
    if (state === null) continue;
    const assessment = assessCase({ state, calendar, now: today });
    phaseCounts[assessment.phase] += 1;
    if (valid.phases.length > 0 && !valid.phases.includes(assessment.phase)) continue;
    entries.push({
      requestId: row.id,
      agencyId: row.agencyId,
      caseNumber: row.caseNumber,
      version: row.version,
      receivedOn: row.receivedOn as IsoDate,
      status: state.status,
      statusLabel: caseStatusLabel(state.status),
      phase: assessment.phase,
      phaseLabel: workQueuePhaseLabels[assessment.phase],
      applicantType: state.applicantType,
      applicantName: personalDataAgencies.has(row.agencyId) ? row.applicantName : null,
      informationTitle: row.informationTitle,
      replyDueDate: assessment.deadlines?.replyDueDate ?? null,
      isReplyDueDateProvisional: assessment.deadlines?.isReplyDueDateProvisional ?? false,
      clockStateReason: assessment.deadlines?.clockStateReason ?? null,
      obligations: [...(assessment.deadlines?.obligations ?? [])].sort((left, right) =>
        left.dueDate.localeCompare(right.dueDate),
      ),
      calendarWarning: assessment.calendarWarning,
      decidedOn: state.decision?.decidedOn ?? null,
      deliveredOn: state.delivery?.deliveredOn ?? null,
      concludedOn: state.conclusion?.concludedOn ?? null,
      isAnsweredInTime: assessment.deadlines?.conclusion?.isInTime ?? null,
    });
  }
  entries.sort(
    (left, right) =>
      (left.replyDueDate ?? '9999-12-31').localeCompare(right.replyDueDate ?? '9999-12-31') ||
      left.receivedOn.localeCompare(right.receivedOn) ||
      left.caseNumber.localeCompare(right.caseNumber),
  );
  return { today, entries, phaseCounts };
}

async function agencyIdsFor(options: {
  context: UseCaseContext;
  actor: Actor;
  agencyId: string | undefined;
}): Promise<string[]> {
  const { context, actor, agencyId } = options;
  if (agencyId !== undefined) {
    assertMay(actor, 'request.viewSummary', await agencyTarget(context.db, agencyId));
    return [agencyId];
  }
  if (actor.kind === 'staff' && !actor.roles.includes('supervisor') && !actor.roles.includes('systemAdmin')) {
    assertMay(actor, 'request.viewSummary', await agencyTarget(context.db, actor.agencyId));
    return [actor.agencyId];
  }
  // Supervisors: the agencies below their own; the system actor and administrators: all.
  const agencies = await listAgenciesInScope(context.db, agencyScope(actor, 'request.viewSummary'));
  return agencies.map((agency) => agency.id);
}
