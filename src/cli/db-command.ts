import type { Command } from 'commander';
import { readConfig } from '../app/config.ts';
import { openDatabase } from '../db/database.ts';
import { appliedMigrationCount, knownMigrations, migrateDatabase } from '../db/migrate.ts';
import { CliError } from './cli-error.ts';

/** `gongkai db migrate` and `gongkai db status`. */
export function register(program: Command): void {
  const database = program.command('db').description('数据库维护');

  database
    .command('migrate')
    .description('执行尚未执行的数据库迁移（重复执行不会改变任何内容）')
    .action(async () => {
      const config = readConfig();
      const handle = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDirectory: config.dataDirectory,
      }).catch((error: unknown) => {
        throw new CliError(`无法打开数据库：${(error as Error).message}`);
      });
      try {
        const before = await appliedMigrationCount(handle);
        await migrateDatabase(handle);
        const after = await appliedMigrationCount(handle);
        process.stdout.write(
          after === before
            ? `数据库已是最新（${after} 个迁移，${handle.kind === 'embedded' ? '内置数据库' : 'PostgreSQL'}：${handle.location}）\n`
            : `已执行 ${after - before} 个迁移，共 ${after} 个（${handle.location}）\n`,
        );
      } finally {
        await handle.close();
      }
    });

  database
    .command('status')
    .description('显示数据库位置与迁移状态')
    .action(async () => {
      const config = readConfig();
      const handle = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDirectory: config.dataDirectory,
      });
      try {
        const applied = await appliedMigrationCount(handle);
        const known = knownMigrations().length;
        process.stdout.write(
          `数据库：${handle.kind === 'embedded' ? '内置数据库' : 'PostgreSQL'} ${handle.location}\n已执行迁移：${applied}/${known}\n`,
        );
      } finally {
        await handle.close();
      }
    });
}
