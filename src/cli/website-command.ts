import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { findingRuleLabels, findingRules } from '../domain/website/freshness-rules.ts';
import { findAgencyBySlug } from '../db/repositories/agencies.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { addWebsiteColumn } from '../use-cases/website/add-website-column.ts';
import { defaultWebsiteCheckLimits } from '../use-cases/website/crawl-website.ts';
import { runWebsiteCheck, type WebsiteCheckSummary } from '../use-cases/website/run-website-check.ts';
import { parsePositiveIntegerArgument } from './cli-arguments.ts';
import { CliError } from './cli-error.ts';
import { useChineseCommanderMessages } from './commander-messages-in-chinese.ts';
import { cliActor, withDatabase } from './with-database.ts';

type CheckOptions = {
  agency: string;
  homePage?: string;
  allowPrivate?: boolean;
  maxPages?: string;
  maxLinks?: string;
  timeout?: string;
};

type ColumnOptions = { agency: string; name: string; url: string; kind: string };

async function agencyIdOf(context: UseCaseContext, slug: string): Promise<string> {
  const agency = await findAgencyBySlug(context.db, slug);
  if (!agency) throw new CliError(`机关“${slug}”不存在`);
  return agency.id;
}

function summaryText(summary: WebsiteCheckSummary): string {
  const lines = [
    `读取页面 ${summary.pageCount} 个，检查链接 ${summary.linkCount} 个${summary.uncheckedLinkCount > 0 ? `（另有 ${summary.uncheckedLinkCount} 个超出上限未检查）` : ''}`,
    ...findingRules.map((rule) => `${findingRuleLabels[rule]}：${summary.countsByRule[rule]}`),
    ...summary.findings.map(
      (finding) =>
        `[${findingRuleLabels[finding.rule]}] ${finding.message}${finding.url === '' ? '' : ` ${finding.url}`}${finding.foundOnUrl === '' ? '' : `（所在页面 ${finding.foundOnUrl}）`}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

async function check(options: CheckOptions): Promise<void> {
  const limits = {
    ...(options.maxPages === undefined
      ? {}
      : { maxPages: parsePositiveIntegerArgument({ text: options.maxPages, label: '--max-pages' }) }),
    ...(options.maxLinks === undefined
      ? {}
      : { maxLinks: parsePositiveIntegerArgument({ text: options.maxLinks, label: '--max-links' }) }),
    ...(options.timeout === undefined
      ? {}
      : {
          timeoutMilliseconds:
            parsePositiveIntegerArgument({ text: options.timeout, label: '--timeout' }) * 1000,
        }),
  };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{phase} [{bar}] {value}/{total}',
      hideCursor: false,
      clearOnComplete: false,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  const summary = await withDatabase(async ({ context }) => {
    const agencyId = await agencyIdOf(context, options.agency);
    try {
      return await runWebsiteCheck(context, cliActor, {
        agencyId,
        limits,
        allowPrivate: options.allowPrivate === true,
        ...(options.homePage === undefined ? {} : { homePageUrl: options.homePage }),
        onProgress: (progress) => {
          const label = progress.phase === 'pages' ? '读取页面' : '检查链接';
          if (label !== phase) {
            if (phase !== '') bar.stop();
            phase = label;
            bar.start(progress.total, 0, { phase: label });
          }
          bar.update(progress.done, { phase: label });
        },
      });
    } finally {
      if (phase !== '') bar.stop();
    }
  });
  process.stdout.write(summaryText(summary));
}

async function addColumn(options: ColumnOptions): Promise<void> {
  const column = await withDatabase(async ({ context }) =>
    addWebsiteColumn(context, cliActor, {
      agencyId: await agencyIdOf(context, options.agency),
      column: { name: options.name, url: options.url, kind: options.kind },
    }),
  );
  process.stdout.write(`已添加栏目“${column.name}”（${column.url}）\n`);
}

/**
 * `gongkai website check --agency SLUG [--home-page URL] [--allow-private] [--max-pages N]
 * [--max-links N] [--timeout SECONDS]`: checks the agency's website against rules.md §7 (broken
 * links, stale home page and columns, empty columns, stale new media), stores the run with its
 * findings, shows a progress bar on standard error and the summary on standard output.
 * `gongkai website add-column --agency SLUG --name NAME --url URL --kind news|notice|policy|other`.
 */
export function register(program: Command): void {
  const website = useChineseCommanderMessages(program.command('website').description('网站与政务新媒体检查'));
  website
    .command('check')
    .description('检查机关网站：断链错链、首页和栏目更新、空白栏目、新媒体更新')
    .requiredOption('--agency <slug>', '机关的网址标识')
    .option('--home-page <url>', '首页网址（默认取机关信息中的网站地址）')
    .option('--allow-private', '允许访问本机、内网地址（测试或内网部署）')
    .option('--max-pages <n>', `最多读取的页面数（默认 ${defaultWebsiteCheckLimits.maxPages}）`)
    .option('--max-links <n>', `最多检查的链接数（默认 ${defaultWebsiteCheckLimits.maxLinks}）`)
    .option(
      '--timeout <seconds>',
      `每个请求的超时秒数（默认 ${defaultWebsiteCheckLimits.timeoutMilliseconds / 1000}）`,
    )
    .action((options: CheckOptions) => check(options));
  website
    .command('add-column')
    .description('添加要检查的网站栏目')
    .requiredOption('--agency <slug>', '机关的网址标识')
    .requiredOption('--name <name>', '栏目名称')
    .requiredOption('--url <url>', '栏目网址')
    .requiredOption(
      '--kind <kind>',
      '栏目类型：news（动态要闻）| notice（通知公告）| policy（政策文件）| other',
    )
    .action((options: ColumnOptions) => addColumn(options));
}
