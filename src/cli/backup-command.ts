import path from 'node:path';
import type { Command } from 'commander';
import { readConfig } from '../app/config.ts';
import { BackupFileError } from '../db/backup/backup-format.ts';
import { restoreBackup, RestoreRefusedError } from '../db/backup/restore-backup.ts';
import { writeBackup } from '../db/backup/write-backup.ts';
import { verifyEventLog } from '../use-cases/audit/verify-event-log.ts';
import { CliError } from './cli-error.ts';
import { withDatabase } from './with-database.ts';

function describeCounts(tables: Record<string, number>): string {
  return Object.entries(tables)
    .map(([table, count]) => `${table} ${count}`)
    .join('，');
}

/** `gongkai backup FILE` and `gongkai restore FILE [--replace]` (both databases, one format). */
export function register(program: Command): void {
  program
    .command('backup')
    .description('备份全部数据到文件（内置数据库与 PostgreSQL 通用的格式）')
    .argument('<file>', '备份文件路径，如 gongkai-2026-01-31.gkbak')
    .action(async (file: string) => {
      await withDatabase(async ({ handle }) => {
        const result = await writeBackup(handle, { file: path.resolve(file), now: new Date() });
        process.stdout.write(`已备份到 ${file}：${describeCounts(result.tables)}\n`);
      });
    });

  program
    .command('restore')
    .description('从备份文件恢复全部数据（先完整校验文件；目标已有数据时需 --replace，并先自动备份现有数据）')
    .argument('<file>', '备份文件路径')
    .option('--replace', '替换目标数据库中的现有数据')
    .action(async (file: string, options: { replace?: boolean }) => {
      const config = readConfig();
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const safetyBackupFile = path.join(config.dataDirectory, 'backups', `before-restore-${stamp}.gkbak`);
      await withDatabase(
        async ({ handle }) => {
          try {
            const result = await restoreBackup(handle, {
              file: path.resolve(file),
              isReplacing: options.replace === true,
              safetyBackupFile,
              now: new Date(),
            });
            if (result.safetyBackupFile)
              process.stdout.write(`原有数据已先备份到 ${result.safetyBackupFile}\n`);
            process.stdout.write(`已恢复：${describeCounts(result.summary.tables)}\n`);
          } catch (error) {
            if (error instanceof BackupFileError || error instanceof RestoreRefusedError)
              throw new CliError(error.message);
            throw error;
          }
          const audit = await verifyEventLog(handle.db);
          if (audit.problems.length > 0) {
            throw new CliError(
              `恢复完成，但操作记录链校验发现 ${audit.problems.length} 处问题，请运行 gongkai audit verify 查看`,
              3,
            );
          }
          process.stdout.write(`操作记录链校验通过（${audit.chains} 条链，${audit.events} 个事件）\n`);
        },
        { isMigrating: false },
      );
    });
}
