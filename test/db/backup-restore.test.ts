import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { BackupFileError } from '../../src/db/backup/backup-format.ts';
import { restoreBackup, RestoreRefusedError } from '../../src/db/backup/restore-backup.ts';
import { writeBackup } from '../../src/db/backup/write-backup.ts';
import { queryRows } from '../../src/db/query-rows.ts';
import { appendEvent } from '../../src/db/repositories/event-log.ts';
import { verifyEventLog } from '../../src/use-cases/audit/verify-event-log.ts';
import { logIn } from '../../src/use-cases/auth/log-in.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { createPublicationDraft } from '../../src/use-cases/publications/create-publication-draft.ts';
import { listPublishedItems } from '../../src/use-cases/publications/list-published-items.ts';
import { publishPublication } from '../../src/use-cases/publications/publish-publication.ts';
import { signOffPublication } from '../../src/use-cases/publications/sign-off-publication.ts';
import { submitPublication } from '../../src/use-cases/publications/submit-publication.ts';
import { updatePublicationSettings } from '../../src/use-cases/publications/update-publication-settings.ts';
import { withdrawPublication } from '../../src/use-cases/publications/withdraw-publication.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { contextFor, makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { validPublicationDraft } from '../support/publications.ts';
import {
  createEmbeddedTestDatabase,
  createServerTestDatabase,
  isServerReachable,
  serverUrlForCrossEngineTests,
} from '../support/test-database.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'gongkai-backup-test-'));
const isServerThere = await isServerReachable(serverUrlForCrossEngineTests);
let embedded: DatabaseHandle;
let server: DatabaseHandle | undefined;

beforeAll(async () => {
  embedded = await createEmbeddedTestDatabase();
  const context = contextFor(embedded);
  const city = await makeAgency(context, {
    slug: 'backup-city',
    name: '某市人民政府办公室',
    unifiedSocialCreditCode: '11330400MB00000019',
  });
  const bureau = await makeAgency(context, { slug: 'backup-bureau', parentSlug: city.slug });
  await makeAgency(context, { slug: 'backup-town', parentSlug: bureau.slug, level: 'township' });
  const { user } = await makeStaff(context, { agency: bureau, roles: ['caseHandler', 'officeHead'] });
  await logIn(context, { username: user.username, password: testPassword, clientAddress: '127.0.0.1' });
  await embedded.db.transaction((transaction) =>
    appendEvent(transaction, {
      agencyId: bureau.id,
      actor: 'system:test',
      kind: 'test.unicode',
      subjectType: 'test',
      subjectId: 'x',
      payload: { 文字: '“引号”与\\反斜杠\n换行', amount: 1.25, list: [1, null, { z: true }] },
      occurredAt: new Date('2024-12-31T23:59:59.999+08:00'),
    }),
  );
  await addCatalogue(context, bureau);
  if (isServerThere) server = await createServerTestDatabase(serverUrlForCrossEngineTests);
});

/**
 * 主动公开 records: the 索引号 settings and counter, two published items with their search
 * column and three sign-offs each (an append-only table), one of them withdrawn later.
 */
async function addCatalogue(context: UseCaseContext, agency: AgencyRow): Promise<void> {
  const make = async (roles: Parameters<typeof makeStaff>[1]['roles']) =>
    (await makeStaff(context, { agency, roles })).actor;
  const [author, first, second, final, administrator] = [
    await make(['contributor']),
    await make(['reviewer1']),
    await make(['reviewer2']),
    await make(['reviewer3']),
    await make(['agencyAdmin']),
  ];
  await updatePublicationSettings(context, administrator, {
    agencyId: agency.id,
    indexNumberPattern: '{code}/{yyyy}-{nnn}',
    organisationCode: 'BF-01',
  });
  const titles = ['某市商务局关于外贸发展专项资金申报的通知', '某市商务局2025年部门预算'];
  for (const title of titles) {
    let row = await createPublicationDraft(context, author, {
      agencyId: agency.id,
      ...validPublicationDraft({ title }),
    });
    row = await submitPublication(context, author, { itemId: row.id, expectedVersion: row.version });
    row = await signOffPublication(context, first, {
      itemId: row.id,
      expectedVersion: row.version,
      opinion: '经保密审查，不涉密，同意',
      isConfidentialityCleared: true,
    });
    for (const reviewer of [second, final]) {
      row = await signOffPublication(context, reviewer, {
        itemId: row.id,
        expectedVersion: row.version,
        opinion: '同意',
      });
    }
    row = await publishPublication(context, final, { itemId: row.id, expectedVersion: row.version });
    if (title === titles[1]) {
      await withdrawPublication(context, final, {
        itemId: row.id,
        expectedVersion: row.version,
        reason: '预算数据有误，更正后重新发布',
      });
    }
  }
}

/** The portal search (bigrams in the `search_vector` column) finds the published item. */
async function expectPortalSearchFinds(handle: DatabaseHandle): Promise<void> {
  const [bureau] = await queryRows<{ id: string }>(
    handle.db,
    sql`select id from agencies where slug = 'backup-bureau'`,
  );
  const found = await listPublishedItems(contextFor(handle), { agencyId: bureau!.id, query: '专项资金' });
  expect(found.items.map((item) => [item.title, item.indexNumber])).toEqual([
    ['某市商务局关于外贸发展专项资金申报的通知', 'BF-01/2025-001'],
  ]);
  expect(
    (await listPublishedItems(contextFor(handle), { agencyId: bureau!.id, query: '部门预算' })).items,
  ).toEqual([]);
}

afterAll(async () => {
  await embedded?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The tables of the first migration (0000_foundation) that a backup holds. */
const foundationTables = ['agencies', 'users', 'events', 'event_chain_heads'];

/** Every compared table's rows, as the server renders them, in a stable order. */
async function snapshot(
  handle: DatabaseHandle,
  tables: readonly string[] = [
    ...foundationTables,
    'agency_publication_settings',
    'publication_index_sequences',
    'publication_items',
    'publication_sign_offs',
  ],
): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await queryRows<{ row: string }>(
      handle.db,
      sql`select row_to_json(t)::text as row from ${sql.identifier(table)} t order by 1`,
    );
    result[table] = rows.map((row) => row.row).sort();
  }
  return result;
}

function file(name: string): string {
  return path.join(folder, name);
}

describe('backup and restore', () => {
  it.skipIf(!isServerThere)(
    'restores an embedded backup onto PostgreSQL and back with identical records and a valid chain',
    async () => {
      const original = await snapshot(embedded);
      expect(original.events?.length).toBeGreaterThan(5);
      expect(original.publication_items).toHaveLength(2);
      expect(original.publication_sign_offs).toHaveLength(6);
      expect(original.publication_index_sequences).toHaveLength(1);
      expect(original.agency_publication_settings).toHaveLength(1);
      await expectPortalSearchFinds(embedded);
      await writeBackup(embedded, { file: file('embedded.gkbak'), now: new Date() });
      await restoreBackup(server!, {
        file: file('embedded.gkbak'),
        isReplacing: false,
        safetyBackupFile: file('s1.gkbak'),
        now: new Date(),
      });
      expect(await snapshot(server!)).toEqual(original);
      expect((await verifyEventLog(server!.db)).problems).toEqual([]);
      await expectPortalSearchFinds(server!);
      // The sign-offs are append-only again after the restore.
      await expect(server!.db.execute(sql`delete from publication_sign_offs`)).rejects.toThrow();

      // New events after the restore continue the chains and ids.
      const [bureau] = await queryRows<{ id: string }>(
        server!.db,
        sql`select id from agencies where slug = 'backup-bureau'`,
      );
      await server!.db.transaction((transaction) =>
        appendEvent(transaction, {
          agencyId: bureau!.id,
          actor: 'system:test',
          kind: 'after.restore',
          subjectType: 'test',
          subjectId: 'y',
          payload: {},
          occurredAt: new Date(),
        }),
      );
      expect((await verifyEventLog(server!.db)).problems).toEqual([]);

      await writeBackup(server!, { file: file('server.gkbak'), now: new Date() });
      const roundTrip = await createEmbeddedTestDatabase();
      try {
        await restoreBackup(roundTrip, {
          file: file('server.gkbak'),
          isReplacing: false,
          safetyBackupFile: file('s2.gkbak'),
          now: new Date(),
        });
        expect(await snapshot(roundTrip)).toEqual(await snapshot(server!));
        expect((await verifyEventLog(roundTrip.db)).problems).toEqual([]);
        await expectPortalSearchFinds(roundTrip);
        await expect(
          roundTrip.db.execute(sql`update publication_sign_offs set opinion = ''`),
        ).rejects.toThrow();
      } finally {
        await roundTrip.close();
      }
    },
  );

  it('refuses to overwrite records without --replace, and keeps a safety backup when replacing', async () => {
    await writeBackup(embedded, { file: file('self.gkbak'), now: new Date() });
    const before = await snapshot(embedded);
    await expect(
      restoreBackup(embedded, {
        file: file('self.gkbak'),
        isReplacing: false,
        safetyBackupFile: file('s3.gkbak'),
        now: new Date(),
      }),
    ).rejects.toThrow(RestoreRefusedError);
    expect(await snapshot(embedded)).toEqual(before);
    const result = await restoreBackup(embedded, {
      file: file('self.gkbak'),
      isReplacing: true,
      safetyBackupFile: file('s4.gkbak'),
      now: new Date(),
    });
    expect(result.safetyBackupFile).toBe(file('s4.gkbak'));
    expect(await snapshot(embedded)).toEqual(before);
    await expectPortalSearchFinds(embedded);
  });

  it('refuses corrupt, truncated, altered and foreign files and changes nothing', async () => {
    await writeBackup(embedded, { file: file('good.gkbak'), now: new Date() });
    const good = readFileSync(file('good.gkbak'));
    const text = gunzipSync(good).toString('utf8');
    const cases: Array<[string, Buffer, RegExp]> = [
      ['garbage.gkbak', Buffer.from('not a backup at all'), /损坏/],
      ['truncated.gkbak', gzipSync(text.split('\n').slice(0, 5).join('\n')), /不完整/],
      ['altered.gkbak', gzipSync(text.replace('backup-town', 'backup-tOwn')), /校验和不符/],
      ['foreign.gkbak', gzipSync('{"format":"other"}\n'), /不是 Gongkai 备份文件/],
      ['empty.gkbak', gzipSync(''), /为空/],
    ];
    const before = await snapshot(embedded);
    for (const [name, bytes, message] of cases) {
      writeFileSync(file(name), bytes);
      const attempt = restoreBackup(embedded, {
        file: file(name),
        isReplacing: true,
        safetyBackupFile: file(`s-${name}`),
        now: new Date(),
      });
      await expect(attempt, name).rejects.toThrow(BackupFileError);
      await expect(attempt, name).rejects.toThrow(message);
    }
    await expect(
      restoreBackup(embedded, {
        file: file('missing.gkbak'),
        isReplacing: true,
        safetyBackupFile: file('s5.gkbak'),
        now: new Date(),
      }),
    ).rejects.toThrow(/找不到备份文件/);
    expect(await snapshot(embedded)).toEqual(before);
  });

  it('refuses a backup of a newer schema', async () => {
    await writeBackup(embedded, { file: file('current.gkbak'), now: new Date() });
    rewriteHeader(file('current.gkbak'), file('future.gkbak'), (migrations) => [
      ...migrations,
      '9999_from_the_future',
    ]);
    const before = await snapshot(embedded);
    await expect(
      restoreBackup(embedded, {
        file: file('future.gkbak'),
        isReplacing: true,
        safetyBackupFile: file('s6.gkbak'),
        now: new Date(),
      }),
    ).rejects.toThrow(/较新版本/);
    expect(await snapshot(embedded)).toEqual(before);
  });

  it('restores a backup of an older schema and migrates the populated database forward', async () => {
    await writeBackup(embedded, { file: file('now.gkbak'), now: new Date() });
    // A backup made at the first migration holds only that migration's tables.
    rewriteHeader(file('now.gkbak'), file('older.gkbak'), (migrations) => migrations.slice(0, 1), {
      keptTables: foundationTables,
    });
    const target = await createEmbeddedTestDatabase();
    try {
      await restoreBackup(target, {
        file: file('older.gkbak'),
        isReplacing: false,
        safetyBackupFile: file('s7.gkbak'),
        now: new Date(),
      });
      expect(await snapshot(target, foundationTables)).toEqual(await snapshot(embedded, foundationTables));
      // The second migration (the append-only trigger) ran after the rows were loaded.
      await expect(target.db.execute(sql`delete from events`)).rejects.toThrow();
      expect((await verifyEventLog(target.db)).problems).toEqual([]);
    } finally {
      await target.close();
    }
  });
});

/**
 * Copies a backup with its header's migration list changed (and, with `keptTables`, only those
 * tables' sections), and a checksum that matches again.
 */
function rewriteHeader(
  from: string,
  to: string,
  change: (migrations: string[]) => string[],
  options: { keptTables?: readonly string[] } = {},
): void {
  const lines = gunzipSync(readFileSync(from)).toString('utf8').split('\n');
  const header = JSON.parse(lines[0]!) as { migrations: string[] };
  header.migrations = change(header.migrations);
  const trailer = JSON.parse(lines.at(-2)!) as { tables: Record<string, number>; sha256: string };
  const kept: string[] = [JSON.stringify(header)];
  let isKept = true;
  for (const line of lines.slice(1, -2)) {
    const parsed = JSON.parse(line) as { table?: unknown; rowCount?: unknown };
    if (typeof parsed.table === 'string' && typeof parsed.rowCount === 'number') {
      isKept = options.keptTables === undefined || options.keptTables.includes(parsed.table);
      if (!isKept) delete trailer.tables[parsed.table];
    }
    if (isKept) kept.push(line);
  }
  const body = kept.map((line) => `${line}\n`).join('');
  trailer.sha256 = createHash('sha256').update(body).digest('hex');
  writeFileSync(to, gzipSync(`${body}${JSON.stringify(trailer)}\n`));
}
