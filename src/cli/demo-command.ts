import type { Command } from 'commander';
import { roleLabels } from '../domain/access/roles.ts';
import { demoAccounts } from '../use-cases/demo/demo-agencies.ts';
import { loadDemo, type DemoResult } from '../use-cases/demo/load-demo.ts';
import { generatePassword } from './user-command.ts';
import { cliActor, withDatabase } from './with-database.ts';

export function printDemoResult(result: DemoResult, write: (text: string) => void): void {
  write(
    result.createdAgencies.length > 0
      ? `已载入示例机关：${result.createdAgencies.join('、')}\n`
      : '示例机关已存在，未重复载入。\n',
  );
  write('示例账号（用户名 / 密码 / 角色）：\n');
  for (const account of result.accounts) {
    const roles = demoAccounts.find((demo) => demo.username === account.username)?.roles ?? [];
    write(
      `  ${account.username.padEnd(14)} ${account.password.padEnd(20)} ${roles.map((role) => roleLabels[role]).join('、')}（${account.agencySlug}）\n`,
    );
  }
  const { requests } = result;
  write(`示例申请：新建 ${requests.created.length} 件，已存在 ${requests.skipped.length} 件。\n`);
  for (const warning of requests.warnings) write(`  注意：${warning}\n`);
  const { annualReports } = result;
  if (annualReports.published.length > 0)
    write(`示例年度报告：已发布 ${annualReports.published.join('、')} 年度。\n`);
  if (annualReports.drafted.length > 0)
    write(`示例年度报告草稿：${annualReports.drafted.join('、')} 年度。\n`);
  for (const warning of annualReports.warnings) write(`  注意：${warning}\n`);
  const { publications } = result;
  if (publications.created.length > 0)
    write(`示例主动公开目录：新增 ${publications.created.length} 条（已发布、审核中和草稿）。\n`);
  for (const warning of publications.warnings) write(`  注意：${warning}\n`);
}

/** `gongkai demo`: loads the demo agency and its data into the current database; repeatable. */
export function register(program: Command): void {
  program
    .command('demo')
    .description('载入示例机关（示例市商务局，网址标识 demo）及各角色示例账号；重复运行不会重复载入')
    .option('--random-passwords', '为新建示例账号生成随机密码')
    .action(async (options: { randomPasswords?: boolean }) => {
      await withDatabase(async ({ context }) => {
        const result = await loadDemo(context, {
          actor: cliActor,
          ...(options.randomPasswords ? { passwordFor: () => generatePassword() } : {}),
        });
        printDemoResult(result, (text) => process.stdout.write(text));
      });
    });
}
