import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { checkAnnualReport } from '../domain/annual-report/checks/check-annual-report.ts';
import { summariseImport } from '../domain/report-import/import-summary.ts';
import { renderCellListing } from '../render/annual-report-cell-listing.ts';
import { renderReportJson } from '../render/annual-report-json.ts';
import { renderImportSummaryCsv, type ImportSummaryLine } from '../render/import-summary-csv.ts';
import {
  importReport,
  listReportInputs,
  type ImportedReport,
} from '../use-cases/import-report/import-report.ts';
import { ReportSourceError } from '../use-cases/import-report/report-source-error.ts';
import { CliError } from './cli-error.ts';
import { useChineseCommanderMessages } from './commander-messages-in-chinese.ts';
import { storeImportedReports } from './store-imported-reports.ts';

type OutputFormat = 'tsv' | 'json' | 'csv';
const outputFormats: readonly OutputFormat[] = ['tsv', 'json', 'csv'];

type CommandOptions = {
  format: string;
  out?: string;
  allowPrivate?: boolean;
  previous?: string;
  store?: boolean;
  agency?: string;
};

/** Last year's report, given with --previous: the checks then run rules 6, 7 and 9 against it. */
type PreviousYear = ImportedReport | undefined;

/** The checks again with last year's report (report-format.md rules 6, 7 and 9). */
function withPreviousYear(options: { imported: ImportedReport; previous: PreviousYear }): ImportedReport {
  if (!options.previous) return options.imported;
  const checkFindings = checkAnnualReport({
    report: options.imported.report,
    previousReport: options.previous.report,
  });
  return { ...options.imported, checkFindings };
}

async function loadPreviousYear(options: {
  source: string | undefined;
  isAllowPrivate: boolean;
}): Promise<PreviousYear> {
  if (options.source === undefined) return undefined;
  try {
    return await importReport({ source: options.source, allowPrivate: options.isAllowPrivate });
  } catch (error) {
    throw new CliError(`上一年度报告 ${options.source}：${errorMessage(error)}`);
  }
}

function parseFormat(text: string): OutputFormat {
  const format = outputFormats.find((candidate) => candidate === text);
  if (!format) throw new CliError(`输出格式“${text}”无效，应为 tsv、json 或 csv`);
  return format;
}

function renderResult(options: { imported: ImportedReport; format: OutputFormat }): string {
  const { imported } = options;
  if (options.format === 'tsv') return renderCellListing(imported.report);
  if (options.format === 'json') {
    return renderReportJson({
      report: imported.report,
      importFindings: imported.importFindings,
      checkFindings: imported.checkFindings,
    });
  }
  return renderImportSummaryCsv([{ file: imported.source, summary: summariseImport(imported), error: null }]);
}

function errorMessage(error: unknown): string {
  if (error instanceof ReportSourceError) return error.message;
  return `读取失败：${error instanceof Error ? error.message : String(error)}`;
}

function findingsNote(imported: ImportedReport): string {
  const summary = summariseImport(imported);
  return `${imported.source}：读取 ${summary.cellsRead}/${summary.cellCount} 个单元格，硬性错误 ${summary.hardFailures} 项，提示 ${summary.warnings} 项\n`;
}

/** One output file name per input, unique within the batch (`dir/a.zip#b/c.html` → `a.zip_b_c.tsv`). */
function outputName(options: {
  source: string;
  position: number;
  format: OutputFormat;
  used: Set<string>;
}): string {
  const [path = '', entry] = options.source.split('#');
  const named = entry === undefined ? basename(path) : `${basename(path)}_${entry.replace(/[\\/]/g, '_')}`;
  const base =
    basename(named, extname(named)).replace(/[^\p{L}\p{N}._-]+/gu, '_') || `report-${options.position + 1}`;
  let name = `${base}.${options.format}`;
  for (let suffix = 2; options.used.has(name); suffix += 1) name = `${base}-${suffix}.${options.format}`;
  options.used.add(name);
  return name;
}

async function importOne(options: {
  source: string;
  format: OutputFormat;
  isAllowPrivate: boolean;
  previous: PreviousYear;
}): Promise<void> {
  let imported: ImportedReport;
  try {
    imported = withPreviousYear({
      imported: await importReport({ source: options.source, allowPrivate: options.isAllowPrivate }),
      previous: options.previous,
    });
  } catch (error) {
    throw new CliError(`${options.source}：${errorMessage(error)}`);
  }
  process.stdout.write(renderResult({ imported, format: options.format }));
  process.stderr.write(findingsNote(imported));
}

async function importBatch(options: {
  sources: readonly string[];
  format: OutputFormat;
  outDirectory: string;
  isAllowPrivate: boolean;
  previous: PreviousYear;
}): Promise<void> {
  await mkdir(options.outDirectory, { recursive: true });
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '导入 [{bar}] {value}/{total} {file}',
      hideCursor: false,
      clearOnComplete: false,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const inputs = await listReportInputs({ sources: options.sources, allowPrivate: options.isAllowPrivate });
  bar.start(inputs.length, 0, { file: '' });
  const lines: ImportSummaryLine[] = [];
  const used = new Set<string>(['summary.csv']);
  const failures: string[] = [];
  for (const [position, { source, run }] of inputs.entries()) {
    bar.update(position, { file: basename(source) });
    try {
      const imported = withPreviousYear({ imported: await run(), previous: options.previous });
      const name = outputName({ source, position, format: options.format, used });
      await writeFile(join(options.outDirectory, name), renderResult({ imported, format: options.format }));
      lines.push({ file: source, summary: summariseImport(imported), error: null });
    } catch (error) {
      const message = errorMessage(error);
      failures.push(`${source}：${message}`);
      lines.push({ file: source, summary: null, error: message });
    }
    bar.update(position + 1, { file: basename(source) });
  }
  bar.stop();
  const summaryPath = join(options.outDirectory, 'summary.csv');
  await writeFile(summaryPath, renderImportSummaryCsv(lines));
  for (const failure of failures) process.stderr.write(`未能读取 ${failure}\n`);
  process.stderr.write(
    `共 ${inputs.length} 个文件，读取 ${inputs.length - failures.length} 个；汇总见 ${summaryPath}\n`,
  );
  if (failures.length === inputs.length) throw new CliError('没有一个文件能够读取');
}

/**
 * `gongkai import FILE... [--format tsv|json|csv] [--out DIR] [--allow-private] [--previous FILE]
 * [--store --agency SLUG]`: reads published
 * annual reports (HTML, Word .docx, text, a .zip of them; http(s) addresses) into the report model and checks
 * them. One file: its cell listing (or JSON, or summary line) on standard output. Several files
 * or --out: one result per file and summary.csv in DIR; a file that cannot be read is reported
 * and the batch goes on; the exit status is non-zero only when no file could be read.
 */
export function register(program: Command): void {
  useChineseCommanderMessages(program.command('import'))
    .description('导入已公开的政府信息公开工作年度报告（HTML、Word、文本或网址），读取三张统计表并核对')
    .argument('<files...>', '报告文件或 http(s) 网址')
    .option('--format <format>', '输出格式：tsv（单元格清单）、json 或 csv（汇总）', 'tsv')
    .option('--out <dir>', '批量导入时的输出目录（每个文件一个结果，另有 summary.csv）')
    .option('--allow-private', '允许访问本机、内网和链路本地地址（默认拒绝）')
    .option('--previous <file>', '上一年度的报告：按规则6、7、9与之对比（上年结转、现行有效件数、内容雷同）')
    .option('--store', '存入数据库（需同时指定 --agency），与工作平台的导入相同')
    .option('--agency <slug>', '与 --store 一起使用：导入报告所属的（监督）机关的网址标识')
    .action(async (files: string[], options: CommandOptions) => {
      const format = parseFormat(options.format);
      const isAllowPrivate = options.allowPrivate === true;
      if (options.store === true || options.agency !== undefined) {
        if (options.store !== true || options.agency === undefined)
          throw new CliError('--store 与 --agency 须同时使用，例如 --store --agency demo-city');
        if (options.previous !== undefined)
          throw new CliError('--store 时不需要 --previous：库中同一机关上一年度的报告会自动用于对比');
        await storeImportedReports({
          sources: files,
          agencySlug: options.agency,
          isPrivateAddressAllowed: isAllowPrivate,
        });
        return;
      }
      const previous = await loadPreviousYear({ source: options.previous, isAllowPrivate });
      if (
        files.length === 1 &&
        options.out === undefined &&
        !(files[0] ?? '').toLowerCase().endsWith('.zip')
      ) {
        await importOne({ source: files[0] ?? '', format, isAllowPrivate, previous });
        return;
      }
      if (options.out === undefined) throw new CliError('导入多个文件或压缩包时请用 --out 指定输出目录');
      await importBatch({ sources: files, format, outDirectory: options.out, isAllowPrivate, previous });
    });
}
