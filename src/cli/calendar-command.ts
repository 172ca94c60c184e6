import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { importCalendarYear, type CalendarFileFormat } from '../use-cases/calendar/import-calendar-year.ts';
import { listCalendarYears } from '../use-cases/calendar/load-working-calendar.ts';
import { CliError } from './cli-error.ts';
import { cliActor, withDatabase } from './with-database.ts';

const originLabels = {
  builtIn: '随程序发布',
  imported: '管理员导入',
  importedReplacingBuiltIn: '管理员导入（替换随程序发布的数据）',
} as const;

/** `gongkai calendar import FILE` and `gongkai calendar list` (docs/calendar-format.md). */
export function register(program: Command): void {
  const calendar = program.command('calendar').description('工作日历（国务院办公厅节假日安排）');

  calendar
    .command('import')
    .description(
      '导入一年的放假安排（JSON 或 iCalendar，格式见 docs/calendar-format.md）；同一年再次导入会替换',
    )
    .argument('<file>', '放假安排文件')
    .option('--year <year>', '年份（iCalendar 文件必须指定）')
    .option('--format <format>', 'json 或 ical（默认按内容判断）')
    .action(async (file: string, options: { year?: string; format?: string }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new CliError(`无法读取文件：${file}`);
      }
      if (options.format !== undefined && options.format !== 'json' && options.format !== 'ical') {
        throw new CliError('格式应为 json 或 ical');
      }
      const year = options.year === undefined ? undefined : Number(options.year);
      if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100))
        throw new CliError(`年份“${options.year}”不正确`);
      await withDatabase(async ({ context }) => {
        const result = await importCalendarYear(context, cliActor, {
          text,
          ...(options.format ? { format: options.format as CalendarFileFormat } : {}),
          ...(year === undefined ? {} : { year }),
        });
        const { arrangement } = result;
        const replaced = {
          nothing: '',
          builtIn: '（替换了随程序发布的数据）',
          imported: '（替换了此前导入的数据）',
        }[result.replaced];
        process.stdout.write(
          `已导入${arrangement.year}年放假安排${replaced}：${arrangement.holidays.length} 个节假日，` +
            `${arrangement.holidays.reduce((sum, holiday) => sum + holiday.makeUpWorkingDays.length, 0)} 个调休上班日\n`,
        );
      });
    });

  calendar
    .command('list')
    .description('列出工作日历已包含的年份及其来源通知')
    .action(async () => {
      await withDatabase(async ({ handle }) => {
        for (const entry of await listCalendarYears(handle.db)) {
          const source = entry.arrangement.sources[0];
          const notice = source
            ? `${source.title}${source.documentNumber ? `（${source.documentNumber}）` : ''}`
            : '';
          process.stdout.write(`${entry.year}\t${originLabels[entry.origin]}\t${notice}\n`);
        }
      });
    });
}
