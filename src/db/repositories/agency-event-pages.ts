import { count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { events } from '../schema/index.ts';

export type AgencyEventRow = typeof events.$inferSelect;

/** One page of an agency's events, newest first, and how many there are (the back office's event log). */
export async function listAgencyEventsPage(
  executor: Executor,
  options: { agencyId: string; limit: number; offset: number },
): Promise<{ events: AgencyEventRow[]; total: number }> {
  const rows = await executor
    .select()
    .from(events)
    .where(eq(events.agencyId, options.agencyId))
    .orderBy(desc(events.id))
    .limit(options.limit)
    .offset(options.offset);
  const [total] = await executor
    .select({ value: count() })
    .from(events)
    .where(eq(events.agencyId, options.agencyId));
  return { events: rows, total: Number(total?.value ?? 0) };
}
