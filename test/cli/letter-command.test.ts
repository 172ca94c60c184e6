import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readZipEntries } from '../../src/use-cases/import-report/read-zip-entries.ts';
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
