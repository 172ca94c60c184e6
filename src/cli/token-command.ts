import type { Command } from 'commander';
import { createApiToken } from '../use-cases/api-tokens/create-api-token.ts';
import { cliActor, withDatabase } from './with-database.ts';

/** `gongkai token add`: an API token for a user of an agency, shown once. */
export function register(program: Command): void {
  const token = program.command('token').description('接口令牌（API token）管理');
  token
    .command('add')
    .description('为机关的工作人员创建接口令牌（令牌只显示这一次）')
    .requiredOption('--agency <slug>', '机关的网址标识')
    .requiredOption('--user <username>', '令牌代表的用户名（令牌拥有该用户的角色）')
    .option('--label <label>', '说明，例如对接的平台名称', '')
    .action(async (options: { agency: string; user: string; label: string }) => {
      await withDatabase(async ({ context }) => {
        const created = await createApiToken(context, cliActor, {
          agencySlug: options.agency,
          username: options.user,
          label: options.label,
        });
        process.stdout.write(
          `已为 ${created.agencySlug} 的用户 ${created.username} 创建接口令牌：\n${created.token}\n`,
        );
        process.stdout.write('请妥善保存，令牌不会再次显示。调用接口时发送 Authorization: Bearer <令牌>。\n');
      });
    });
}
