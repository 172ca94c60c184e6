import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { LetterError } from '../domain/applications/letters/letter-error.ts';
import { isLetterTemplateKey, letterTemplateKeys } from '../domain/applications/letters/letter-kind.ts';
import { buildSampleLetter } from '../domain/applications/letters/sample-letters.ts';
import { isOutcomeCode } from '../domain/applications/outcomes/outcomes.ts';
import { CjkFontError } from '../render/letters/cjk-font.ts';
import { renderLetterDocx } from '../render/letters/letter-docx.ts';
import { renderLetterPdf } from '../render/letters/letter-pdf.ts';
import { buildAgencySampleLetter } from '../use-cases/letter-settings/build-agency-sample-letter.ts';
import { CliError } from './cli-error.ts';
import { useChineseCommanderMessages } from './commander-messages-in-chinese.ts';
import { cliActor, withDatabase } from './with-database.ts';

type SampleOptions = { format?: string; out?: string; font?: string; agency?: string };

/**
 * `gongkai letter sample KIND --format docx|pdf --out FILE [--font PATH] [--agency SLUG]`: renders a
 * sample letter (文书) of a kind with demo data, for trying the templates and the renderers. KIND is
 * a template key (`receipt`, `feeNotice`, `decision.partiallyDisclosed`, …) or an outcome code.
 * With `--agency` the letter is the agency's: its names, letter settings and edited template.
 */
export function register(program: Command): void {
  const letter = useChineseCommanderMessages(program.command('letter').description('依申请公开文书'));
  letter
    .command('sample')
    .description('用示例数据生成一份文书（DOCX 或 PDF）')
    .argument('<kind>', `文书种类：${letterTemplateKeys.join('、')}（答复告知书也可只写办理结果代码）`)
    .option('--format <format>', '输出格式：docx 或 pdf（默认按 --out 的扩展名）')
    .option('--out <file>', '输出文件路径')
    .option('--font <path>', 'PDF 使用的中文字体文件（默认读取 GONGKAI_PDF_FONT 或系统已安装的中文字体）')
    .option('--agency <slug>', '按该机关的文书设置和文书模板生成（机关的网址标识）')
    .action((kind: string, options: SampleOptions) => writeSampleLetter({ kind, ...options }));
}

async function writeSampleLetter(options: SampleOptions & { kind: string }): Promise<void> {
  const key = isOutcomeCode(options.kind) ? `decision.${options.kind}` : options.kind;
  if (!isLetterTemplateKey(key)) {
    throw new CliError(`未知的文书种类“${options.kind}”。可用：${letterTemplateKeys.join('、')}`);
  }
  if (options.out === undefined) throw new CliError('缺少 --out：请给出输出文件路径，例如 --out 回执.pdf');
  const format = (options.format ?? path.extname(options.out).slice(1)).toLowerCase();
  if (format !== 'docx' && format !== 'pdf') throw new CliError('--format 只能是 docx 或 pdf');
  try {
    const sample =
      options.agency === undefined
        ? buildSampleLetter(key)
        : await withDatabase(({ context }) =>
            buildAgencySampleLetter(context, cliActor, {
              agencySlug: options.agency ?? '',
              templateKey: key,
            }),
          );
    const bytes =
      format === 'docx'
        ? await renderLetterDocx(sample)
        : await renderLetterPdf(sample, options.font === undefined ? {} : { fontPath: options.font });
    await writeFile(options.out, bytes);
  } catch (error) {
    if (error instanceof LetterError || error instanceof CjkFontError) throw new CliError(error.message);
    throw error;
  }
  process.stdout.write(`${options.out}\n`);
}
