import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { CaseStatus } from '../../domain/applications/lifecycle/case-status.ts';
import { replayCase } from '../../domain/applications/lifecycle/replay-case.ts';
import {
  assessCase,
  defaultDueSoonWorkingDays,
  workQueuePhases,
  type WorkQueuePhase,
} from '../../domain/applications/lifecycle/work-queue-phase.ts';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import { listOpenRequestEvents, listSupervisedAgencies } from '../../db/repositories/supervision.ts';
import { parseInput } from '../agencies/agency-input.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { parseStoredCaseEvents } from '../disclosure-requests/load-case.ts';
import { pageOf, pageSchema, supervisionScopeOf } from './supervision-scope.ts';

/** The phases an open case can be in (a finished case is not counted). */
export const openPhases = workQueuePhases.filter(
  (phase): phase is Exclude<WorkQueuePhase, 'closed'> => phase !== 'closed',
);
export type OpenPhase = (typeof openPhases)[number];

export const latenessSorts = ['overdue', 'open', 'name'] as const;
export type LatenessSort = (typeof latenessSorts)[number];

export const requestLatenessFilterSchema = z.object({
  sort: z.enum(latenessSorts, { error: '排序方式无效' }).default('overdue'),
  name: z.string().trim().max(50, '机关名称检索词不能超过50个字').optional(),
  /** Only agencies with at least one open case. */
  isWithOpenCasesOnly: z.boolean().default(false),
  page: pageSchema,
  pageSize: z.number().int().min(1).max(10_000).default(50),
});

export type RequestLatenessFilter = z.input<typeof requestLatenessFilterSchema>;

/** One agency's open cases: counts only, never an applicant's data. */
export type AgencyLateness = {
  agencyId: string;
  agencySlug: string;
  agencyName: string;
  openCount: number;
  phaseCounts: Record<OpenPhase, number>;
  /** The agency's reply is overdue today (phase `overdue`). */
  overdueCount: number;
  /** Due within `dueSoonWorkingDays` working days, today included (phase `dueSoon`). */
  dueSoonCount: number;
  /** Cases whose due date falls in a year the working-day calendar does not hold. */
  calendarWarningCount: number;
};

export type RequestLatenessListing = {
  today: IsoDate;
  dueSoonWorkingDays: number;
  entries: AgencyLateness[];
  total: number;
  page: number;
  pageCount: number;
  /** Over every agency of the scope (before the name filter and paging). */
  totals: Omit<AgencyLateness, 'agencyId' | 'agencySlug' | 'agencyName'>;
};

/** Statuses after which nothing is left to do on a case (as in the work queue). */
const finishedStatuses: readonly CaseStatus[] = ['closed', 'withdrawn', 'deemedAbandoned'];

function emptyCounts(): Omit<AgencyLateness, 'agencyId' | 'agencySlug' | 'agencyName'> {
  return {
    openCount: 0,
    phaseCounts: Object.fromEntries(openPhases.map((phase) => [phase, 0])) as Record<OpenPhase, number>,
    overdueCount: 0,
    dueSoonCount: 0,
    calendarWarningCount: 0,
  };
}

const comparators: Record<LatenessSort, (left: AgencyLateness, right: AgencyLateness) => number> = {
  overdue: (left, right) =>
    right.overdueCount - left.overdueCount ||
    right.dueSoonCount - left.dueSoonCount ||
    right.openCount - left.openCount,
  open: (left, right) => right.openCount - left.openCount || right.overdueCount - left.overdueCount,
  name: () => 0,
};

/**
 * 办理时限督查: for every agency of the actor's scope, its open disclosure requests by work-queue
 * phase, with those overdue today and those due within 5 working days — each case assessed by the
 * deadline engine exactly as the work queue does (`assessCase`). One query for every open case of
 * the scope; no applicant column is read.
 */
export async function listRequestLateness(
  context: UseCaseContext,
  actor: Actor,
  filter: RequestLatenessFilter = {},
): Promise<RequestLatenessListing> {
  const valid = parseInput(requestLatenessFilterSchema, filter);
  const scope = supervisionScopeOf(actor);
  const [agencies, cases, calendar] = await Promise.all([
    listSupervisedAgencies(context.db, scope),
    listOpenRequestEvents(context.db, { scope, finishedStatuses }),
    loadWorkingCalendar(context.db),
  ]);
  const today = isoDateInShanghai(context.now());
  const byAgency = new Map<string, AgencyLateness>(
    agencies.map((agency) => [
      agency.id,
      { agencyId: agency.id, agencySlug: agency.slug, agencyName: agency.name, ...emptyCounts() },
    ]),
  );
  const totals = emptyCounts();
  for (const { agencyId, eventPayloads } of cases) {
    const entry = byAgency.get(agencyId);
    if (!entry) continue;
    const state = replayCase({ events: parseStoredCaseEvents(eventPayloads) });
    if (state === null) continue;
    const assessment = assessCase({ state, calendar, now: today });
    if (assessment.phase === 'closed') continue;
    for (const counts of [entry, totals]) {
      counts.openCount += 1;
      counts.phaseCounts[assessment.phase] += 1;
      if (assessment.phase === 'overdue') counts.overdueCount += 1;
      if (assessment.phase === 'dueSoon') counts.dueSoonCount += 1;
      if (assessment.calendarWarning !== null) counts.calendarWarningCount += 1;
    }
  }
  // Agencies come in name order from the query; a stable sort keeps it among equals.
  const matching = [...byAgency.values()]
    .filter(
      (entry) =>
        (!valid.name || entry.agencyName.includes(valid.name)) &&
        (!valid.isWithOpenCasesOnly || entry.openCount > 0),
    )
    .sort(comparators[valid.sort]);
  const paged = pageOf({ entries: matching, page: valid.page, pageSize: valid.pageSize });
  return { today, dueSoonWorkingDays: defaultDueSoonWorkingDays, ...paged, totals };
}
