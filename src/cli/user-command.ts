import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { isRole, roles, type Role } from '../domain/access/roles.ts';
import { createUser } from '../use-cases/users/create-user.ts';
import { CliError } from './cli-error.ts';
import { cliActor, withDatabase } from './with-database.ts';

/** A random password that meets the policy (letters and digits, 16 characters). */
export function generatePassword(): string {
  const letters = randomBytes(12)
    .toString('base64url')
    .replace(/[^A-Za-z]/g, 'k')
    .slice(0, 10);
  const digits = String(randomBytes(4).readUInt32BE() % 1_000_000).padStart(6, '0');
  return `${letters}${digits}`;
}

/** `gongkai user add`. */
export function register(program: Command): void {
  const user = program.command('user').description('工作人员账号管理');

  user
    .command('add')
    .description('为机关创建工作人员账号（未给出密码时生成随机密码并显示一次）')
    .requiredOption('--agency <slug>', '所属机关的网址标识')
    .requiredOption('--username <username>', '用户名')
    .requiredOption('--name <name>', '姓名')
    .requiredOption('--roles <roles>', `角色，逗号分隔：${roles.join(',')}`)
    .option('--password <password>', '初始密码（至少10位，含字母和数字）；也可用环境变量 GONGKAI_PASSWORD')
    .action(
      async (options: {
        agency: string;
        username: string;
        name: string;
        roles: string;
        password?: string;
      }) => {
        const requested = options.roles
          .split(',')
          .map((role) => role.trim())
          .filter(Boolean);
        const unknown = requested.filter((role) => !isRole(role));
        if (unknown.length > 0)
          throw new CliError(`未知角色：${unknown.join('、')}。可选：${roles.join(', ')}`);
        const password = options.password ?? process.env.GONGKAI_PASSWORD ?? generatePassword();
        await withDatabase(async ({ context }) => {
          const created = await createUser(context, cliActor, {
            agencySlug: options.agency,
            username: options.username,
            displayName: options.name,
            password,
            roles: requested as Role[],
          });
          process.stdout.write(`已创建账号：${created.username}（${created.displayName}）\n`);
          if (!options.password && !process.env.GONGKAI_PASSWORD)
            process.stdout.write(`初始密码：${password}\n请登录后立即修改。\n`);
        });
      },
    );
}
