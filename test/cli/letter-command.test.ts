import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipEntries } from '../../src/use-cases/import-report/read-zip-entries.ts';
import { pointCliAtFreshDatabase } from '../support/test-database.ts';
import { runCli } from './run-cli.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'gongkai-letter-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('gongkai letter sample', () => {
  it('writes a sample decision letter as DOCX', async () => {
    const out = path.join(folder, '答复.docx');
    const run = await runCli(['letter', 'sample', 'partiallyDisclosed', '--format', 'docx', '--out', out]);
    expect(run).toEqual({ stdout: `${out}\n`, stderr: '', exitCode: 0 });
    const document = readZipEntries(readFileSync(out)).find((entry) => entry.name === 'word/document.xml');
    const xml = new TextDecoder().decode(document?.bytes);
    expect(xml).toContain('政府信息公开申请答复告知书');
    expect(xml).toContain('自知道该行政行为之日起六十日内');
  });

  it.each([
    [['letter', 'sample', 'nothing', '--out', 'x.pdf'], '未知的文书种类“nothing”'],
    [['letter', 'sample', 'receipt'], '缺少 --out'],
    [['letter', 'sample', 'receipt', '--out', 'x.txt'], '--format 只能是 docx 或 pdf'],
    [['letter', 'sample', 'receipt', '--out', 'x.pdf', '--font', '/nonexistent/font.ttf'], '字体文件不存在'],
  ])('refuses %j in Chinese', async (args, message) => {
    const run = await runCli(args);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain(message);
  });
});

function documentXmlOf(file: string): string {
  const document = readZipEntries(readFileSync(file)).find((entry) => entry.name === 'word/document.xml');
  return new TextDecoder().decode(document?.bytes);
}

// The first command creates the embedded database (initdb): seconds on a quiet machine, more on a busy one.
describe('gongkai letter sample --agency', { timeout: 120_000 }, () => {
  let cleanUp: () => Promise<void>;
  beforeAll(async () => {
    cleanUp = await pointCliAtFreshDatabase(path.join(folder, 'data'));
  });
  afterAll(async () => cleanUp());

  it('uses the agency’s names and its default settings: a numbered decision, an unnumbered receipt', async () => {
    const added = await runCli([
      'agency',
      'add',
      '--slug',
      'cli-letters',
      '--name',
      '某市交通运输局',
      '--short-name',
      '某交通',
    ]);
    expect(added.exitCode).toBe(0);
    const decision = path.join(folder, '机关答复.docx');
    const run = await runCli(['letter', 'sample', 'disclosed', '--agency', 'cli-letters', '--out', decision]);
    expect(run).toEqual({ stdout: `${decision}\n`, stderr: '', exitCode: 0 });
    const xml = documentXmlOf(decision);
    expect(xml).toContain('某市交通运输局');
    expect(xml).toContain('某交通依申〔2025〕1号');
    expect(xml).toContain('依法申请行政复议');
    const receipt = path.join(folder, '机关回执.docx');
    expect(
      (await runCli(['letter', 'sample', 'receipt', '--agency', 'cli-letters', '--out', receipt])).exitCode,
    ).toBe(0);
    expect(documentXmlOf(receipt)).not.toContain('依申〔');
  });

  it('names an unknown agency in Chinese', async () => {
    const run = await runCli([
      'letter',
      'sample',
      'receipt',
      '--agency',
      'nobody',
      '--out',
      path.join(folder, 'x.docx'),
    ]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('找不到网址标识为“nobody”的机关');
  });
});
