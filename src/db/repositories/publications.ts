import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { queryRows } from '../query-rows.ts';
import { agencyPublicationSettings, publicationItems, publicationSignOffs, users } from '../schema/index.ts';

export type PublicationItemRow = typeof publicationItems.$inferSelect;
export type NewPublicationItemRow = Omit<typeof publicationItems.$inferInsert, 'searchVector'>;
export type PublicationSignOffRow = typeof publicationSignOffs.$inferSelect;
export type PublicationSettingsRow = typeof agencyPublicationSettings.$inferSelect;

/** The subject type of catalogue items in the event log. */
export const publicationItemSubjectType = 'publicationItem';

/** The `tsvector` of precomputed terms (`searchTermsOf`); terms never contain spaces. */
function searchVectorOf(terms: readonly string[]): SQL {
  return sql`array_to_tsvector(string_to_array(${terms.join(' ')}, ' '))`;
}

export async function insertPublicationItem(
  executor: Executor,
  options: { row: NewPublicationItemRow; searchTerms: readonly string[] },
): Promise<PublicationItemRow> {
  const [inserted] = await executor
    .insert(publicationItems)
    .values({ ...options.row, searchVector: searchVectorOf(options.searchTerms) })
    .returning();
  if (!inserted) throw new Error('publication item insert returned nothing');
  return inserted;
}

export async function updatePublicationItemRow(
  executor: Executor,
  options: {
    itemId: string;
    changes: Partial<NewPublicationItemRow>;
    searchTerms?: readonly string[] | undefined;
  },
): Promise<PublicationItemRow> {
  const [row] = await executor
    .update(publicationItems)
    .set({
      ...options.changes,
      ...(options.searchTerms === undefined ? {} : { searchVector: searchVectorOf(options.searchTerms) }),
    })
    .where(eq(publicationItems.id, options.itemId))
    .returning();
  if (!row) throw new Error(`publication item ${options.itemId} not found`);
  return row;
}

export async function findPublicationItemById(
  executor: Executor,
  options: { itemId: string; isLocked?: boolean },
): Promise<PublicationItemRow | undefined> {
  const query = executor.select().from(publicationItems).where(eq(publicationItems.id, options.itemId));
  const [row] = options.isLocked ? await query.for('update') : await query;
  return row;
}

/** An agency's items, newest change first; optionally only some statuses or those matching a query. */
export async function listPublicationItemRows(
  executor: Executor,
  options: { agencyId: string; statuses?: readonly string[]; searchQuery?: string | null; limit?: number },
): Promise<PublicationItemRow[]> {
  const conditions: SQL[] = [eq(publicationItems.agencyId, options.agencyId)];
  if (options.statuses !== undefined)
    conditions.push(inArray(publicationItems.status, [...options.statuses]));
  if (options.searchQuery)
    conditions.push(sql`${publicationItems.searchVector} @@ ${options.searchQuery}::tsquery`);
  return executor
    .select()
    .from(publicationItems)
    .where(and(...conditions))
    .orderBy(desc(publicationItems.updatedAt), asc(publicationItems.id))
    .limit(options.limit ?? 500);
}

/** Published items of an agency for the portal, newest publication first, with the total. */
export async function listPublishedItemRows(
  executor: Executor,
  options: { agencyId: string; searchQuery: string | null; limit: number; offset: number },
): Promise<{ rows: PublicationItemRow[]; total: number }> {
  const conditions: SQL[] = [
    eq(publicationItems.agencyId, options.agencyId),
    eq(publicationItems.status, 'published'),
  ];
  if (options.searchQuery)
    conditions.push(sql`${publicationItems.searchVector} @@ ${options.searchQuery}::tsquery`);
  const where = and(...conditions);
  const [rows, counted] = await Promise.all([
    executor
      .select()
      .from(publicationItems)
      .where(where)
      .orderBy(desc(publicationItems.publishedAt), asc(publicationItems.id))
      .limit(options.limit)
      .offset(options.offset),
    executor
      .select({ total: sql<number>`count(*)::int` })
      .from(publicationItems)
      .where(where),
  ]);
  return { rows, total: Number(counted[0]?.total ?? 0) };
}

export async function insertPublicationSignOff(
  executor: Executor,
  row: typeof publicationSignOffs.$inferInsert,
): Promise<PublicationSignOffRow> {
  const [inserted] = await executor.insert(publicationSignOffs).values(row).returning();
  if (!inserted) throw new Error('sign-off insert returned nothing');
  return inserted;
}

/** An item's sign-offs in the order they were given, with the reviewers' names. */
export async function listPublicationSignOffs(
  executor: Executor,
  itemId: string,
): Promise<Array<PublicationSignOffRow & { reviewerName: string }>> {
  const rows = await executor
    .select({ signOff: publicationSignOffs, reviewerName: users.displayName })
    .from(publicationSignOffs)
    .innerJoin(users, eq(users.id, publicationSignOffs.reviewerId))
    .where(eq(publicationSignOffs.itemId, itemId))
    .orderBy(asc(publicationSignOffs.itemId), asc(publicationSignOffs.itemVersion));
  return rows.map((row) => ({ ...row.signOff, reviewerName: row.reviewerName }));
}

/**
 * The next 索引号 sequence of an agency's year. The upsert locks the counter row, so concurrent
 * publications queue for it; a rolled-back publication leaves a gap (numbers are never reused).
 */
export async function nextIndexSequence(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<number> {
  const rows = await queryRows<{ last_sequence: number }>(
    executor,
    sql`insert into publication_index_sequences (agency_id, year, last_sequence)
        values (${options.agencyId}, ${options.year}, 1)
        on conflict (agency_id, year)
        do update set last_sequence = publication_index_sequences.last_sequence + 1
        returning last_sequence`,
  );
  const sequence = rows[0]?.last_sequence;
  if (sequence === undefined) throw new Error('index number counter returned nothing');
  return Number(sequence);
}

export async function findPublicationSettings(
  executor: Executor,
  agencyId: string,
): Promise<PublicationSettingsRow | undefined> {
  const [row] = await executor
    .select()
    .from(agencyPublicationSettings)
    .where(eq(agencyPublicationSettings.agencyId, agencyId));
  return row;
}

/** Display names of users, for contributor and publisher columns. */
export async function findUserNames(
  executor: Executor,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await executor
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, [...new Set(userIds)]));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

/** The sign-offs of several items (for list filters such as "my review tasks"). */
export async function listSignOffsOfItems(
  executor: Executor,
  itemIds: readonly string[],
): Promise<PublicationSignOffRow[]> {
  if (itemIds.length === 0) return [];
  return executor
    .select()
    .from(publicationSignOffs)
    .where(inArray(publicationSignOffs.itemId, [...itemIds]))
    .orderBy(asc(publicationSignOffs.itemId), asc(publicationSignOffs.itemVersion));
}

export async function savePublicationSettings(
  executor: Executor,
  row: typeof agencyPublicationSettings.$inferInsert,
): Promise<PublicationSettingsRow> {
  const [saved] = await executor
    .insert(agencyPublicationSettings)
    .values(row)
    .onConflictDoUpdate({
      target: agencyPublicationSettings.agencyId,
      set: {
        indexNumberPattern: row.indexNumberPattern,
        organisationCode: row.organisationCode ?? null,
        updatedAt: row.updatedAt,
        updatedBy: row.updatedBy,
      },
    })
    .returning();
  if (!saved) throw new Error('publication settings upsert returned nothing');
  return saved;
}
