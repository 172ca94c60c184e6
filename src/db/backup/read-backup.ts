import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import {
  backupFormat,
  backupFormatVersion,
  BackupFileError,
  type BackupHeader,
  type BackupTrailer,
} from './backup-format.ts';

/** Each item carries its line as written, for the checksum. */
export type BackupItem =
  | { kind: 'header'; header: BackupHeader; line: string }
  | { kind: 'table'; table: string; rowCount: number; line: string }
  | { kind: 'row'; table: string; json: string; line: string }
  | { kind: 'trailer'; trailer: BackupTrailer; line: string };

/** Reads a backup file line by line, checking its structure as it goes. */
export async function* readBackupItems(file: string): AsyncGenerator<BackupItem> {
  const gunzip = createGunzip();
  const source = createReadStream(file).on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  let lineNumber = 0;
  let currentTable: { table: string; remaining: number } | undefined;
  let hasTrailer = false;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (hasTrailer) throw new BackupFileError(`备份文件在结束标记之后还有内容（第${lineNumber}行）`);
      if (lineNumber === 1) {
        const header = parseJson(line, lineNumber) as Partial<BackupHeader>;
        if (header.format !== backupFormat) throw new BackupFileError('这不是 Gongkai 备份文件');
        if (header.formatVersion !== backupFormatVersion) {
          throw new BackupFileError(
            `备份文件格式版本 ${String(header.formatVersion)} 不受支持（本程序支持 ${backupFormatVersion}）`,
          );
        }
        if (!Array.isArray(header.migrations)) throw new BackupFileError('备份文件头缺少数据库迁移信息');
        yield { kind: 'header', header: header as BackupHeader, line };
        continue;
      }
      if (currentTable && currentTable.remaining > 0) {
        currentTable.remaining -= 1;
        yield { kind: 'row', table: currentTable.table, json: line, line };
        continue;
      }
      const item = parseJson(line, lineNumber) as Partial<BackupTrailer> & {
        table?: unknown;
        rowCount?: unknown;
      };
      if (item.end === true) {
        hasTrailer = true;
        yield { kind: 'trailer', trailer: item as BackupTrailer, line };
        continue;
      }
      if (
        typeof item.table !== 'string' ||
        typeof item.rowCount !== 'number' ||
        !Number.isInteger(item.rowCount) ||
        item.rowCount < 0
      ) {
        throw new BackupFileError(`备份文件第${lineNumber}行不是表标记`);
      }
      currentTable = { table: item.table, remaining: item.rowCount };
      yield { kind: 'table', table: item.table, rowCount: item.rowCount, line };
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new BackupFileError(`找不到备份文件：${file}`);
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
      throw new BackupFileError('备份文件已损坏（无法解压）');
    throw new BackupFileError(`无法读取备份文件：${(error as Error).message}`);
  }
  if (lineNumber === 0) throw new BackupFileError('备份文件为空');
  if (!hasTrailer) throw new BackupFileError('备份文件不完整（缺少结束标记，可能被截断）');
}

function parseJson(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupFileError(`备份文件第${lineNumber}行不是有效的 JSON，文件可能已损坏`);
  }
}

export type BackupSummary = { header: BackupHeader; tables: Record<string, number> };

/**
 * Reads the whole file once and checks it: structure, row counts and the SHA-256 over its lines.
 * Restore calls this before it touches the database.
 */
export async function validateBackup(file: string): Promise<BackupSummary> {
  const hash = createHash('sha256');
  let header: BackupHeader | undefined;
  const counted: Record<string, number> = {};
  const announced: Record<string, number> = {};
  let trailer: BackupTrailer | undefined;
  for await (const item of readBackupItems(file)) {
    switch (item.kind) {
      case 'header':
        header = item.header;
        hash.update(`${item.line}\n`);
        break;
      case 'table':
        announced[item.table] = item.rowCount;
        counted[item.table] = 0;
        hash.update(`${item.line}\n`);
        break;
      case 'row':
        counted[item.table] = (counted[item.table] ?? 0) + 1;
        hash.update(`${item.line}\n`);
        break;
      case 'trailer':
        trailer = item.trailer;
        break;
      default: {
        const unreachable: never = item;
        throw new Error(`unknown item ${String(unreachable)}`);
      }
    }
  }
  if (!header || !trailer) throw new BackupFileError('备份文件不完整');
  if (hash.digest('hex') !== trailer.sha256)
    throw new BackupFileError('备份文件校验和不符，文件已被修改或损坏');
  for (const [table, count] of Object.entries(announced)) {
    if (counted[table] !== count || trailer.tables[table] !== count) {
      throw new BackupFileError(`备份文件中表 ${table} 的行数不符`);
    }
  }
  return { header, tables: counted };
}
