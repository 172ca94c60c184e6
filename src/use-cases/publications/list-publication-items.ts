import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { availableReviewCommands } from '../../domain/publications/apply-review-command.ts';
import { publicationStatuses } from '../../domain/publications/publication-status.ts';
import type { ReviewCommandType } from '../../domain/publications/review-command.ts';
import { searchQueryOf } from '../../domain/publications/search-terms.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { listPublicationItemRows, listSignOffsOfItems } from '../../db/repositories/publications.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { isLate, publicationItemViewOf, type PublicationItemView } from './publication-view.ts';
import { reviewStateOf } from './run-review-command.ts';

/** The list filters of the back office: every item, a status, the person's own tasks, or Art. 26 late items. */
export const publicationListFilters = ['all', 'myTasks', 'late', ...publicationStatuses] as const;
export type PublicationListFilter = (typeof publicationListFilters)[number];

const inputSchema = z.object({
  agencyId: z.uuid({ error: '机关无效' }),
  filter: z.enum(publicationListFilters).catch('all').default('all'),
  query: z.string().trim().max(100).catch('').default(''),
});

/** Commands that make an item a task of the person: their own drafts to finish, the reviews at their level. */
const taskCommands: readonly ReviewCommandType[] = [
  'editDraft',
  'submit',
  'approveFirstReview',
  'approveSecondReview',
  'approveFinalReview',
  'publish',
];

export type PublicationListEntry = PublicationItemView & { isTask: boolean; isLate: boolean };

/** An agency's catalogue items for staff, newest change first, filtered and searched (bigrams). */
export async function listPublicationItems(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; filter?: string; query?: string },
): Promise<{ entries: PublicationListEntry[]; counts: Record<'myTasks' | 'late', number> }> {
  const valid = parseInput(inputSchema, input);
  assertMay(actor, 'publication.contribute', await agencyTarget(context.db, valid.agencyId));
  const [rows, calendar] = await Promise.all([
    listPublicationItemRows(context.db, {
      agencyId: valid.agencyId,
      searchQuery: searchQueryOf(valid.query),
    }),
    loadWorkingCalendar(context.db),
  ]);
  const signOffs = await listSignOffsOfItems(
    context.db,
    rows.map((row) => row.id),
  );
  const today = isoDateInShanghai(context.now());
  const entries = rows.map((row): PublicationListEntry => {
    const view = publicationItemViewOf({ row, calendar, today });
    const commands =
      actor.kind === 'staff'
        ? availableReviewCommands({
            state: reviewStateOf({ row, signOffs: signOffs.filter((signOff) => signOff.itemId === row.id) }),
            reviewer: { userId: actor.userId, roles: actor.roles },
          })
        : [];
    return {
      ...view,
      isTask: commands.some((command) => taskCommands.includes(command)),
      isLate: isLate(view),
    };
  });
  const counts = {
    myTasks: entries.filter((entry) => entry.isTask).length,
    late: entries.filter((entry) => entry.isLate).length,
  };
  const filtered = entries.filter((entry) => {
    if (valid.filter === 'all') return true;
    if (valid.filter === 'myTasks') return entry.isTask;
    if (valid.filter === 'late') return entry.isLate;
    return entry.status === valid.filter;
  });
  return { entries: filtered, counts };
}
