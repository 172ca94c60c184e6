import type { Command } from 'commander';
import { formatChineseDate, type IsoDate } from '../domain/calendar/iso-date.ts';
import { countReplyPeriod } from '../domain/applications/deadlines/count-reply-period.ts';
import {
  explainReplyPeriod,
  summarizeReplyPeriod,
} from '../domain/applications/deadlines/explain-reply-period.ts';
import type { ClockPause, ReplyPeriodPlan } from '../domain/applications/deadlines/reply-period-plan.ts';
import {
  maximumExtensionWorkingDays,
  replyWorkingDays,
} from '../domain/applications/deadlines/statutory-periods.ts';
import { CliError } from './cli-error.ts';
import { parseDateArgument } from './cli-arguments.ts';
import { withWorkingCalendar } from './working-calendar-for-cli.ts';
import { useChineseCommanderMessages } from './commander-messages-in-chinese.ts';

/** The options as commander parses them. */
type CommandOptions = {
  received?: string;
  clarified?: string;
  pause: string[];
  extended?: boolean;
  json?: boolean;
};

type DeadlineOptions = {
  received?: string;
  clarified?: string;
  pause: string[];
  isExtended: boolean;
  isJson: boolean;
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parsePause(text: string): ClockPause {
  const [fromText, toText, ...rest] = text.split(':');
  if (fromText === undefined || toText === undefined || rest.length > 0) {
    throw new CliError(`暂停期间“${text}”格式有误，应为 FROM:TO，例如 2024-09-20:2024-10-10`);
  }
  const after = parseDateArgument({ text: fromText, label: '暂停开始日期' });
  const until = parseDateArgument({ text: toText, label: '暂停结束日期' });
  if (until < after) throw new CliError(`暂停期间“${text}”的结束日期早于开始日期`);
  return { after, until, reason: '指定的暂停期间' };
}

/**
 * `gongkai deadline --received DATE [--clarified DATE] [--pause FROM:TO]... [--extended] [--json]`:
 * the reply due date of Art. 33, restarted by a corrected application (Art. 30), minus pauses
 * (Art. 32/34 consultation, fee notice), plus one extension of 20 working days (Art. 33).
 */
export function register(program: Command): void {
  useChineseCommanderMessages(program.command('deadline'))
    .description('计算依申请公开的答复期限（第三十三条：收到申请之日起20个工作日）')
    .option('--received <date>', '收到申请之日（第三十一条），YYYY-MM-DD')
    .option('--clarified <date>', '收到补正后申请之日，自该日起重新计算（第三十条）')
    .option('--pause <from:to>', '暂停计算：FROM 之后至 TO（含）的工作日不计入，可重复', collect, [])
    .option('--extended', '延长答复期限20个工作日（第三十三条第二款）')
    .option('--json', '以 JSON 输出（含 due 与 explanation）')
    .action((commandOptions: CommandOptions) =>
      printDeadline({
        received: commandOptions.received,
        clarified: commandOptions.clarified,
        pause: commandOptions.pause,
        isExtended: commandOptions.extended === true,
        isJson: commandOptions.json === true,
      }),
    );
}

async function printDeadline(options: DeadlineOptions): Promise<void> {
  if (options.received === undefined)
    throw new CliError('缺少 --received：请给出收到申请之日，例如 --received 2025-01-20');
  const received = parseDateArgument({ text: options.received, label: '收到申请日期' });
  const clarified =
    options.clarified === undefined
      ? null
      : parseDateArgument({ text: options.clarified, label: '补正日期' });
  if (clarified !== null && clarified < received) throw new CliError('补正日期不能早于收到申请日期');
  const pauses = options.pause.map(parsePause);
  const start: IsoDate = clarified ?? received;
  const plan: ReplyPeriodPlan = {
    start,
    workingDays: replyWorkingDays + (options.isExtended ? maximumExtensionWorkingDays : 0),
    pauses,
  };
  const count = await withWorkingCalendar((calendar) => countReplyPeriod({ calendar, plan }));
  const explanation = [
    `${formatChineseDate(received)}收到申请，应在${replyWorkingDays}个工作日内答复（第三十三条第二款）。`,
  ];
  if (clarified !== null)
    explanation.push(
      `${formatChineseDate(clarified)}收到补正后的申请，答复期限自该日起重新计算（第三十条）。`,
    );
  if (options.isExtended)
    explanation.push(`延长答复期限${maximumExtensionWorkingDays}个工作日（第三十三条第二款）。`);
  explanation.push(...explainReplyPeriod({ plan, count }));
  if (options.isJson) {
    const output = {
      due: count.dueDate,
      received,
      clarified,
      pauses: pauses.map((pause) => ({ from: pause.after, to: pause.until })),
      isExtended: options.isExtended,
      workingDays: plan.workingDays,
      summary: summarizeReplyPeriod(count.days),
      explanation,
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${count.dueDate}\n`);
}
