import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Another process holds the embedded database; PGlite must never be opened by two processes. */
export class EmbeddedDatabaseBusyError extends Error {
  constructor(pid: number, folder: string) {
    super(
      `内置数据库（${folder}）正被另一个进程（pid ${pid}）使用。请先停止该进程（例如正在运行的网站服务），` +
        '或为两者配置同一个 PostgreSQL 数据库（DATABASE_URL）。',
    );
    this.name = 'EmbeddedDatabaseBusyError';
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Takes the lock file of an embedded database folder, or throws EmbeddedDatabaseBusyError. A lock
 * left by a process that no longer runs is taken over. Returns the release function.
 */
export function lockEmbeddedDatabase(folder: string): () => void {
  const file = path.join(folder, 'gongkai.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const descriptor = openSync(file, 'wx', 0o600);
      writeSync(descriptor, String(process.pid));
      closeSync(descriptor);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && isProcessAlive(holder)) {
        throw new EmbeddedDatabaseBusyError(holder, folder);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the lock ${file}`);
}
