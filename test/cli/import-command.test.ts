import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellListingText } from '../../src/domain/annual-report/cell-listing.ts';
import { buildExampleReport } from '../../src/domain/annual-report/example-report-factory.ts';
import { renderNoisyReportText } from '../../src/domain/report-import/testing/noisy-report-text.ts';
import { renderReportDocx } from '../../src/render/annual-report-docx.ts';
import { renderReportHtml } from '../../src/render/annual-report-html.ts';
import { makeZip } from '../support/make-zip.ts';
import { runCli } from './run-cli.ts';

let directory = '';

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'gongkai-import-'));
  await writeFile(
    join(directory, 'traditional.txt'),
    renderNoisyReportText({
      report: buildExampleReport(401),
      tableLayout: 'pipeRows',
      isTraditional: true,
      hasPinyin: true,
    }),
  );
  await writeFile(join(directory, 'page.html'), renderReportHtml({ report: buildExampleReport(402) }));
  await writeFile(join(directory, 'word.docx'), await renderReportDocx(buildExampleReport(403)));
  // A Word file saved without its extension: recognised by content.
  await writeFile(join(directory, 'no-extension'), await renderReportDocx(buildExampleReport(404)));
  await writeFile(join(directory, 'notes.txt'), '会议纪要\n今天讨论了网站改版。\n');
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('gongkai import', () => {
  it('prints one file’s cell listing', async () => {
    const run = await runCli(['import', join(directory, 'traditional.txt'), '--format', 'tsv']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(cellListingText(buildExampleReport(401)));
    expect(run.stderr).toContain('硬性错误 0 项');
  });

  it('imports a batch into --out with a summary, reporting the unreadable file and going on', async () => {
    const out = join(directory, 'out');
    const files = [
      'traditional.txt',
      'notes.txt',
      'page.html',
      'missing.txt',
      'word.docx',
      'no-extension',
    ].map((name) => join(directory, name));
    const run = await runCli(['import', ...files, '--out', out]);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain('未能读取');
    expect((await readdir(out)).sort()).toEqual([
      'no-extension.tsv',
      'page.tsv',
      'summary.csv',
      'traditional.tsv',
      'word.tsv',
    ]);
    expect(await readFile(join(out, 'word.tsv'), 'utf8')).toBe(cellListingText(buildExampleReport(403)));
    const summary = (await readFile(join(out, 'summary.csv'), 'utf8'))
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(summary[0]).toBe('file,agency,year,format,sections_found,cells_read,hard_failures,warnings,error');
    expect(summary).toHaveLength(7);
    const example = buildExampleReport(401);
    expect(summary[1]).toBe(`${files[0]},${example.agencyName},${example.year},2021,6,200,0,0,`);
    expect(summary[2]).toMatch(/notes\.txt,,,,,,,,.+/);
    expect(summary[4]).toContain('文件不存在');
  });

  it('imports every report in a .zip archive', async () => {
    const archive = makeZip([
      { name: '2023/report.html', text: renderReportHtml({ report: buildExampleReport(405) }) },
      {
        name: '2024/report.txt',
        text: renderNoisyReportText({
          report: buildExampleReport(406),
          tableLayout: 'cellPerLine',
          isTraditional: true,
        }),
        isDeflated: true,
      },
      { name: 'readme.txt', text: '说明文件' },
    ]);
    await writeFile(join(directory, 'reports.zip'), archive);
    const out = join(directory, 'zip-out');
    const run = await runCli(['import', join(directory, 'reports.zip'), '--out', out]);
    expect(run.exitCode).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'reports.zip_2023_report.tsv',
      'reports.zip_2024_report.tsv',
      'summary.csv',
    ]);
    expect(await readFile(join(out, 'reports.zip_2024_report.tsv'), 'utf8')).toBe(
      cellListingText(buildExampleReport(406)),
    );
    expect(run.stderr).toContain('readme.txt');
  });

  it('exits non-zero only when no file could be read', async () => {
    const run = await runCli([
      'import',
      join(directory, 'notes.txt'),
      join(directory, 'missing.txt'),
      '--out',
      join(directory, 'none'),
    ]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('没有一个文件能够读取');
  });

  it('writes JSON with the model and both kinds of findings', async () => {
    const run = await runCli(['import', join(directory, 'page.html'), '--format', 'json']);
    const output = JSON.parse(run.stdout) as {
      report: { cells: Record<string, unknown> };
      importFindings: unknown[];
      checkFindings: unknown[];
    };
    expect(Object.keys(output.report.cells)).toHaveLength(200);
    expect(output.checkFindings).toEqual([]);
  });

  it('refuses several files without --out and an unknown format', async () => {
    expect((await runCli(['import', 'a.txt', 'b.txt'])).stderr).toContain('--out');
    expect((await runCli(['import', 'a.txt', '--format', 'xml'])).stderr).toContain('输出格式');
  });
});
