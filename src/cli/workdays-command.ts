import type { Command } from 'commander';
import { parseDateArgument, parsePositiveIntegerArgument } from './cli-arguments.ts';
import { withWorkingCalendar } from './working-calendar-for-cli.ts';
import { useChineseCommanderMessages } from './commander-messages-in-chinese.ts';

/** `gongkai workdays add DATE N` and `gongkai workdays count FROM TO` (rules.md §1 counting). */
export function register(program: Command): void {
  const workdays = useChineseCommanderMessages(
    program.command('workdays').description('工作日计算（按国务院办公厅放假安排，含调休上班日）'),
  );

  workdays
    .command('add')
    .description('输出 DATE 之后的第 N 个工作日（DATE 当日不计入）')
    .argument('<date>', '起算日期，YYYY-MM-DD')
    .argument('<n>', '工作日天数，不小于1')
    .action(async (dateText: string, countText: string) => {
      const date = parseDateArgument({ text: dateText, label: '日期' });
      const count = parsePositiveIntegerArgument({ text: countText, label: '工作日天数' });
      const result = await withWorkingCalendar((calendar) => calendar.addWorkingDays(date, count));
      process.stdout.write(`${result}\n`);
    });

  workdays
    .command('count')
    .description('输出 FROM 之后至 TO（含）之间的工作日天数')
    .argument('<from>', '开始日期（不计入），YYYY-MM-DD')
    .argument('<to>', '结束日期（计入），YYYY-MM-DD')
    .action(async (fromText: string, toText: string) => {
      const from = parseDateArgument({ text: fromText, label: '开始日期' });
      const to = parseDateArgument({ text: toText, label: '结束日期' });
      const result = await withWorkingCalendar((calendar) => calendar.countWorkingDays(from, to));
      process.stdout.write(`${result}\n`);
    });
}
