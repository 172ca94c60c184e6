import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { availableReviewCommands } from '../../domain/publications/apply-review-command.ts';
import { publicationDueDatesOf } from '../../domain/publications/publication-deadline.ts';
import { publicationStatuses } from '../../domain/publications/publication-status.ts';
import { reviewTaskCommands, reviewTaskConditionsOf } from '../../domain/publications/review-tasks.ts';
import { searchQueryOf } from '../../domain/publications/search-terms.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  listFormationDates,
  listPublicationItemPage,
  listSignOffsOfItems,
  type PublicationItemSelection,
} from '../../db/repositories/publications.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { isLate, publicationItemViewOf, type PublicationItemView } from './publication-view.ts';
import { reviewStateOf } from './run-review-command.ts';

/** The list filters of the back office: every item, a status, the person's own tasks, or Art. 26 late items. */
export const publicationListFilters = ['all', 'myTasks', 'late', ...publicationStatuses] as const;
export type PublicationListFilter = (typeof publicationListFilters)[number];

export const publicationListPageSize = 50;

const inputSchema = z.object({
  agencyId: z.uuid({ error: '机关无效' }),
  filter: z.enum(publicationListFilters).catch('all').default('all'),
  query: z.string().trim().max(100).catch('').default(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type PublicationListEntry = PublicationItemView & { isTask: boolean; isLate: boolean };

export type PublicationList = {
  entries: PublicationListEntry[];
  /** Items of the filter (within the search), over all pages. */
  total: number;
  page: number;
  pageCount: number;
  counts: Record<'myTasks' | 'late', number>;
};

function selectionOf(filter: PublicationListFilter): PublicationItemSelection {
  if (filter === 'all') return { kind: 'all' };
  if (filter === 'myTasks') return { kind: 'reviewTasks' };
  if (filter === 'late') return { kind: 'late' };
  return { kind: 'status', status: filter };
}

/**
 * An agency's catalogue items for staff, newest change first, one page of the filter (bigram
 * search). The filters, counts and paging run in the database: the person's tasks from
 * `reviewTaskConditionsOf`, the Art. 26 late items from the due dates of the items' formation dates.
 */
export async function listPublicationItems(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; filter?: string; query?: string; page?: number | string },
): Promise<PublicationList> {
  const valid = parseInput(inputSchema, input);
  assertMay(actor, 'publication.contribute', await agencyTarget(context.db, valid.agencyId));
  const today = isoDateInShanghai(context.now());
  const calendar = await loadWorkingCalendar(context.db);
  const formationDates = await listFormationDates(context.db, valid.agencyId);
  const reviewer = actor.kind === 'staff' ? { userId: actor.userId, roles: actor.roles } : null;
  const result = await listPublicationItemPage(context.db, {
    agencyId: valid.agencyId,
    searchQuery: searchQueryOf(valid.query),
    selection: selectionOf(valid.filter),
    reviewTasks:
      reviewer === null ? null : { userId: reviewer.userId, conditions: reviewTaskConditionsOf(reviewer) },
    late: { today, dueDates: publicationDueDatesOf({ calendar, formedOrChangedDates: formationDates }) },
    limit: publicationListPageSize,
    offset: (valid.page - 1) * publicationListPageSize,
  });
  const signOffs = await listSignOffsOfItems(
    context.db,
    result.rows.map((row) => row.id),
  );
  const entries = result.rows.map((row): PublicationListEntry => {
    const view = publicationItemViewOf({ row, calendar, today });
    const commands =
      reviewer === null
        ? []
        : availableReviewCommands({
            state: reviewStateOf({ row, signOffs: signOffs.filter((signOff) => signOff.itemId === row.id) }),
            reviewer,
          });
    return {
      ...view,
      isTask: commands.some((command) => reviewTaskCommands.includes(command)),
      isLate: isLate(view),
    };
  });
  return {
    entries,
    total: result.total,
    page: valid.page,
    pageCount: Math.max(1, Math.ceil(result.total / publicationListPageSize)),
    counts: { myTasks: result.reviewTaskCount, late: result.lateCount },
  };
}
