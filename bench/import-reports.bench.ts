import { buildExampleReport } from '../src/domain/annual-report/example-report-factory.ts';
import { readTextReport } from '../src/domain/report-import/readers/read-text-report.ts';
import { renderNoisyReportText } from '../src/domain/report-import/testing/noisy-report-text.ts';
import type { BenchResult } from './bench-result.ts';

const reportCount = 1000;
const seedReportBytes = 7196; // the size of ../shared/reference/seed-report-jiaxing-commerce-2024.txt
const layouts = ['pipeRows', 'cellPerLine', 'blankLineSeparated'] as const;
const filler =
  '本机关严格落实政府信息公开审查机制，按照“谁公开、谁审查、谁负责”的原则，对拟公开信息进行保密审查和个人信息保护审查，确保公开内容准确规范。';

/** 1,000 synthetic noisy reports about the seed's size: traditional script, pinyin, doubled marks, spam. */
function generateReports(): string[] {
  const texts: string[] = [];
  for (let index = 0; index < reportCount; index += 1) {
    const report = buildExampleReport(index + 1);
    const overview = report.sections.overview;
    let text = '';
    for (let paragraphs = 0; paragraphs < 40; paragraphs += 1) {
      text = renderNoisyReportText({
        report,
        tableLayout: layouts[index % layouts.length] ?? 'pipeRows',
        isTraditional: true,
        hasPinyin: true,
        hasDoubledPunctuation: true,
        spamBefore: ['首页 > 信息公开 > 年度报告', '热门推荐：一分钟看懂新政策'],
        spamAfter: ['上一篇：关于某某事项的通知', '版权所有：示例网'],
      });
      if (Buffer.byteLength(text) >= seedReportBytes || !overview) break;
      report.sections.overview = { ...overview, text: `${report.sections.overview?.text ?? ''}\n${filler}` };
    }
    texts.push(text);
  }
  return texts;
}

export async function run(): Promise<BenchResult[]> {
  const texts = generateReports();
  const totalBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const rssBefore = process.memoryUsage().rss;
  readTextReport(texts[0] ?? ''); // load the converter dictionaries outside the timing
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let cellsRead = 0;
  for (const text of texts) {
    const result = readTextReport(text);
    cellsRead += Object.values(result.report.cells).filter((value) => value.kind !== 'blank').length;
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMilliseconds = (cpu.user + cpu.system) / 1000;
  const peakRss = process.resourceUsage().maxRSS / 1024;
  const method = `${reportCount} generated reports, avg ${Math.round(totalBytes / reportCount)} bytes, 3 table layouts, traditional + pinyin + doubled marks + spam; readTextReport incl. normalisation and checks; one process, sequential`;
  if (cellsRead !== reportCount * 200)
    throw new Error(`read ${cellsRead} cells, expected ${reportCount * 200}`);
  return [
    { name: 'total time', value: elapsed / 1000, unit: 's', method },
    { name: 'time per report', value: elapsed / reportCount, unit: 'ms', method: 'total time / 1000' },
    {
      name: 'CPU time per report',
      value: cpuMilliseconds / reportCount,
      unit: 'ms',
      method: 'process.cpuUsage (user + system) over the reading loop / 1000; less sensitive to other load',
    },
    {
      name: 'throughput',
      value: totalBytes / 1024 / 1024 / (elapsed / 1000),
      unit: 'MiB/s',
      method: 'input bytes / total time',
    },
    {
      name: 'peak RSS',
      value: peakRss,
      unit: 'MiB',
      method: 'process.resourceUsage().maxRSS after the run (whole process, incl. generation)',
    },
    {
      name: 'RSS growth',
      value: (process.memoryUsage().rss - rssBefore) / 1024 / 1024,
      unit: 'MiB',
      method: 'rss after − rss before reading',
    },
  ];
}
