import type { Command } from 'commander';
import { findAgencyBySlug } from '../db/repositories/agencies.ts';
import { verifyEventLog } from '../use-cases/audit/verify-event-log.ts';
import { CliError } from './cli-error.ts';
import { withDatabase } from './with-database.ts';

/** `gongkai audit verify [--agency SLUG]`: checks the hash chains of the event log. */
export function register(program: Command): void {
  const audit = program.command('audit').description('操作记录（审计日志）');

  audit
    .command('verify')
    .description('校验操作记录的哈希链，发现篡改、删除或插入时以非零状态退出')
    .option('--agency <slug>', '只校验一个机关的记录链')
    .action(async (options: { agency?: string }) => {
      await withDatabase(async ({ handle }) => {
        let chain: string | undefined;
        if (options.agency) {
          const agency = await findAgencyBySlug(handle.db, options.agency);
          if (!agency) throw new CliError(`机关“${options.agency}”不存在`);
          chain = agency.id;
        }
        const report = await verifyEventLog(handle.db, { chain });
        for (const problem of report.problems) {
          process.stdout.write(
            `链 ${problem.chain} 第${problem.sequence}号事件（id ${problem.eventId}）：${problem.message}\n`,
          );
        }
        if (report.problems.length > 0) {
          throw new CliError(
            `校验失败：${report.chains} 条记录链、${report.events} 个事件中发现 ${report.problems.length} 处问题`,
            3,
          );
        }
        process.stdout.write(`校验通过：${report.chains} 条记录链，${report.events} 个事件，未发现篡改\n`);
      });
    });
}
