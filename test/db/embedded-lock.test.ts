import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { EmbeddedDatabaseBusyError, lockEmbeddedDatabase } from '../../src/db/embedded-lock.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'gongkai-lock-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('embedded database lock', () => {
  it('refuses a second opener while a live process holds the folder, and frees it on close', async () => {
    // The parent of this test process is alive and is not us: it stands for another server.
    writeFileSync(path.join(folder, 'gongkai.lock'), String(process.ppid));
    await expect(openDatabase({ dataDirectory: folder })).rejects.toThrow(EmbeddedDatabaseBusyError);
    await expect(openDatabase({ dataDirectory: folder })).rejects.toThrow(/正被另一个进程（pid \d+）使用/);
    rmSync(path.join(folder, 'gongkai.lock'));
    const handle = await openDatabase({ dataDirectory: folder });
    expect(() => lockEmbeddedDatabase(folder)).toThrow(EmbeddedDatabaseBusyError); // not even twice in one process
    await handle.close();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    writeFileSync(path.join(folder, 'gongkai.lock'), '999999999');
    const release = lockEmbeddedDatabase(folder);
    release();
  });
});
