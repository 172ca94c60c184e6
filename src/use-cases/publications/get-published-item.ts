import { z } from 'zod';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { findPublicationItemById } from '../../db/repositories/publications.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { publicationItemViewOf, type PublicationItemView } from './publication-view.ts';

const inputSchema = z.object({ agencyId: z.uuid(), itemId: z.uuid() });

/**
 * One item of the public catalogue: published items, and withdrawn ones (the portal says when and
 * why they were withdrawn, without the text). Drafts and items under review do not exist for the public.
 */
export async function getPublishedItem(
  context: UseCaseContext,
  input: { agencyId: string; itemId: string },
): Promise<PublicationItemView> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new NotFoundError('找不到该信息');
  const row = await findPublicationItemById(context.db, { itemId: parsed.data.itemId });
  const isPublic = row?.status === 'published' || row?.status === 'withdrawn';
  if (!row || row.agencyId !== parsed.data.agencyId || !isPublic) throw new NotFoundError('找不到该信息');
  const calendar = await loadWorkingCalendar(context.db);
  return publicationItemViewOf({ row, calendar, today: isoDateInShanghai(context.now()) });
}
