import { z } from 'zod';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { searchQueryOf } from '../../domain/publications/search-terms.ts';
import { listPublishedItemRows } from '../../db/repositories/publications.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { publicationItemViewOf, type PublicationItemView } from './publication-view.ts';

export const publishedPageSize = 20;

const inputSchema = z.object({
  agencyId: z.uuid(),
  query: z.string().trim().max(100).catch('').default(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/**
 * The public catalogue (Art. 12, 23): an agency's published items, newest first, searched by
 * bigrams (every term of the query must occur). Withdrawn items are not listed. Open to everyone.
 */
export async function listPublishedItems(
  context: UseCaseContext,
  input: { agencyId: string; query?: string; page?: number | string },
): Promise<{ items: PublicationItemView[]; total: number; page: number; pageCount: number; query: string }> {
  const valid = inputSchema.parse(input);
  const searchQuery = searchQueryOf(valid.query);
  const [result, calendar] = await Promise.all([
    listPublishedItemRows(context.db, {
      agencyId: valid.agencyId,
      searchQuery,
      limit: publishedPageSize,
      offset: (valid.page - 1) * publishedPageSize,
    }),
    loadWorkingCalendar(context.db),
  ]);
  const today = isoDateInShanghai(context.now());
  return {
    items: result.rows.map((row) => publicationItemViewOf({ row, calendar, today })),
    total: result.total,
    page: valid.page,
    pageCount: Math.max(1, Math.ceil(result.total / publishedPageSize)),
    query: valid.query,
  };
}
