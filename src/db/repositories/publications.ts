import { and, asc, desc, eq, getTableColumns, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { PublicationDueDate } from '../../domain/publications/publication-deadline.ts';
import type { ReviewTaskCondition } from '../../domain/publications/review-tasks.ts';
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

/** A PostgreSQL array literal of dates (one parameter, whatever the number of dates). */
function dateArrayOf(dates: readonly IsoDate[]): SQL {
  return sql`${`{${dates.join(',')}}`}::date[]`;
}

/** The items that are the person's tasks: one of the conditions holds (see `reviewTaskConditionsOf`). */
function reviewTaskConditionSql(options: {
  userId: string;
  conditions: readonly ReviewTaskCondition[];
}): SQL {
  if (options.conditions.length === 0) return sql`false`;
  const parts = options.conditions.map((condition) => {
    const contributor =
      condition.contributor === 'self'
        ? sql`${publicationItems.contributorId} = ${options.userId}`
        : sql`${publicationItems.contributorId} <> ${options.userId}`;
    const signedLevel =
      condition.signedLevel === null
        ? sql`true`
        : sql`not exists (select 1 from ${publicationSignOffs}
            where ${publicationSignOffs.itemId} = ${publicationItems.id}
              and ${publicationSignOffs.reviewerId} = ${options.userId}
              and ${publicationSignOffs.level} <> ${condition.signedLevel})`;
    return sql`(${inArray(publicationItems.status, [...condition.statuses])} and ${contributor} and ${signedLevel})`;
  });
  return sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * The due dates of the items' formation dates as a table `due` to left-join on the formation date
 * (a hash join, however many dates; see `publicationDueDatesOf`).
 */
function dueDateTableSql(dueDates: readonly PublicationDueDate[]): SQL {
  return sql`unnest(
      ${dateArrayOf(dueDates.map((entry) => entry.formedOrChangedOn))},
      ${dateArrayOf(dueDates.map((entry) => entry.dueDate))},
      ${dateArrayOf(dueDates.map((entry) => entry.coveredUntil))}
    ) as due (formed_or_changed_on, due_on, covered_until)`;
}

const dueDateJoinSql = sql`due.formed_or_changed_on = ${publicationItems.formedOrChangedOn}`;

/**
 * Art. 26 (with the `due` table joined): not withdrawn, and published — or still unpublished on
 * `today` — after the due date of its formation date, within the days the calendar covers.
 */
function lateConditionSql(today: IsoDate): SQL {
  const reference = sql`coalesce(${publicationItems.publishedOn}, ${today}::date)`;
  return sql`(${publicationItems.status} <> 'withdrawn' and due.due_on is not null
    and ${reference} > due.due_on and ${reference} <= due.covered_until)`;
}

/** How many of an agency's items are the person's tasks (the back-office dashboard). */
export async function countReviewTasks(
  executor: Executor,
  options: { agencyId: string; userId: string; conditions: readonly ReviewTaskCondition[] },
): Promise<number> {
  const [counted] = await executor
    .select({ count: sql<number>`count(*)::int` })
    .from(publicationItems)
    .where(and(eq(publicationItems.agencyId, options.agencyId), reviewTaskConditionSql(options)));
  return Number(counted?.count ?? 0);
}

/** The dates of formation or change of an agency's items that are not withdrawn, for the late rule. */
export async function listFormationDates(executor: Executor, agencyId: string): Promise<IsoDate[]> {
  const rows = await executor
    .selectDistinct({ formedOrChangedOn: publicationItems.formedOrChangedOn })
    .from(publicationItems)
    .where(and(eq(publicationItems.agencyId, agencyId), ne(publicationItems.status, 'withdrawn')));
  return rows.map((row) => row.formedOrChangedOn as IsoDate);
}

/** Which items a back-office list shows. */
export type PublicationItemSelection =
  { kind: 'all' } | { kind: 'status'; status: string } | { kind: 'reviewTasks' } | { kind: 'late' };

/**
 * One page of an agency's items for the back office, newest change first, with the number of
 * items the selection holds and the numbers of the person's tasks and of late items (all within
 * the search, when there is one).
 */
export async function listPublicationItemPage(
  executor: Executor,
  options: {
    agencyId: string;
    searchQuery: string | null;
    selection: PublicationItemSelection;
    reviewTasks: { userId: string; conditions: readonly ReviewTaskCondition[] } | null;
    late: { today: IsoDate; dueDates: readonly PublicationDueDate[] };
    limit: number;
    offset: number;
  },
): Promise<{ rows: PublicationItemRow[]; total: number; reviewTaskCount: number; lateCount: number }> {
  const conditions: SQL[] = [eq(publicationItems.agencyId, options.agencyId)];
  if (options.searchQuery)
    conditions.push(sql`${publicationItems.searchVector} @@ ${options.searchQuery}::tsquery`);
  const isReviewTask =
    options.reviewTasks === null ? sql`false` : reviewTaskConditionSql(options.reviewTasks);
  const isLate = lateConditionSql(options.late.today);
  const dueDates = dueDateTableSql(options.late.dueDates);
  const selected = ((): SQL => {
    const selection = options.selection;
    switch (selection.kind) {
      case 'all':
        return sql`true`;
      case 'status':
        return sql`${publicationItems.status} = ${selection.status}`;
      case 'reviewTasks':
        return isReviewTask;
      case 'late':
        return isLate;
      default: {
        const unreachable: never = selection;
        return unreachable;
      }
    }
  })();
  const [selectedRows, counted] = await Promise.all([
    executor
      .select({ item: getTableColumns(publicationItems) })
      .from(publicationItems)
      .leftJoin(dueDates, dueDateJoinSql)
      .where(and(...conditions, selected))
      .orderBy(desc(publicationItems.updatedAt), asc(publicationItems.id))
      .limit(options.limit)
      .offset(options.offset),
    executor
      .select({
        total: sql<number>`(count(*) filter (where ${selected}))::int`,
        reviewTaskCount: sql<number>`(count(*) filter (where ${isReviewTask}))::int`,
        lateCount: sql<number>`(count(*) filter (where ${isLate}))::int`,
      })
      .from(publicationItems)
      .leftJoin(dueDates, dueDateJoinSql)
      .where(and(...conditions)),
  ]);
  return {
    rows: selectedRows.map((selectedRow) => selectedRow.item),
    total: Number(counted[0]?.total ?? 0),
    reviewTaskCount: Number(counted[0]?.reviewTaskCount ?? 0),
    lateCount: Number(counted[0]?.lateCount ?? 0),
  };
}

/** Which of these titles an agency's catalogue already holds (the demo loader adds nothing twice). */
export async function findPublicationItemTitles(
  executor: Executor,
  options: { agencyId: string; titles: readonly string[] },
): Promise<Set<string>> {
  if (options.titles.length === 0) return new Set();
  const rows = await executor
    .select({ title: publicationItems.title })
    .from(publicationItems)
    .where(
      and(
        eq(publicationItems.agencyId, options.agencyId),
        inArray(publicationItems.title, [...options.titles]),
      ),
    );
  return new Set(rows.map((row) => row.title));
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
