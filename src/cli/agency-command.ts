import type { Command } from 'commander';
import { agencyLevels } from '../domain/agencies/agency-level.ts';
import { createAgency } from '../use-cases/agencies/create-agency.ts';
import { cliActor, withDatabase } from './with-database.ts';

/** `gongkai agency add` and `gongkai agency list`. */
export function register(program: Command): void {
  const agency = program.command('agency').description('机关管理');

  agency
    .command('add')
    .description('登记一个机关')
    .requiredOption('--slug <slug>', '网址标识（小写字母、数字、连字符），如 jiaxing-commerce')
    .requiredOption('--name <name>', '机关全称')
    .option('--short-name <name>', '机关简称（默认同全称）')
    .option('--level <level>', `机关层级：${agencyLevels.join(' | ')}`, 'city')
    .option('--parent <slug>', '上级（监督）机关的网址标识')
    .option('--code <code>', '统一社会信用代码')
    .option('--region <region>', '行政区域')
    .action(
      async (options: {
        slug: string;
        name: string;
        shortName?: string;
        level: string;
        parent?: string;
        code?: string;
        region?: string;
      }) => {
        await withDatabase(async ({ context }) => {
          const created = await createAgency(context, cliActor, {
            slug: options.slug,
            name: options.name,
            shortName: options.shortName ?? options.name,
            level: options.level as (typeof agencyLevels)[number],
            parentSlug: options.parent ?? '',
            unifiedSocialCreditCode: options.code ?? '',
            region: options.region ?? '',
          });
          process.stdout.write(`已登记机关：${created.name}（${created.slug}）\n`);
        });
      },
    );

  agency
    .command('list')
    .description('列出全部机关')
    .action(async () => {
      await withDatabase(async ({ handle }) => {
        const { listAgenciesInScope } = await import('../db/repositories/agencies.ts');
        const rows = await listAgenciesInScope(handle.db, { kind: 'all' });
        for (const row of rows) process.stdout.write(`${row.slug}\t${row.name}\t${row.level}\n`);
        if (rows.length === 0) process.stdout.write('尚无机关。可运行 gongkai demo 载入示例机关。\n');
      });
    });
}
