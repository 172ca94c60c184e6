import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

// Always on a fresh embedded data folder: this test is about the CLI's calendar, not the engine.
const folder = mkdtempSync(path.join(tmpdir(), 'gongkai-calendar-cli-'));
const fixture = fileURLToPath(new URL('../fixtures/test-arrangement-2027.json', import.meta.url));

beforeAll(() => {
  process.env.GONGKAI_DATA_DIR = folder;
});
afterAll(() => {
  delete process.env.GONGKAI_DATA_DIR;
  rmSync(folder, { recursive: true, force: true });
});

describe('gongkai calendar', () => {
  it(
    'refuses 2027 before it is imported, then counts with the imported arrangement',
    { timeout: 180_000 },
    async () => {
      const before = await runCli(['workdays', 'add', '2026-12-31', '1']);
      expect(before.exitCode).toBe(1);
      expect(before.stderr).toContain('工作日历未包含2027年的放假安排');

      const imported = await runCli(['calendar', 'import', fixture]);
      expect(imported).toEqual({
        stdout: '已导入2027年放假安排：2 个节假日，2 个调休上班日\n',
        stderr: '',
        exitCode: 0,
      });

      // 1–3 Jan 2027 holiday (Fri–Sun in the fixture): the first working day after 31 Dec 2026 is Mon 4 Jan.
      expect((await runCli(['workdays', 'add', '2026-12-31', '1'])).stdout).toBe('2027-01-04\n');
      // Sunday 14 Feb 2027 is a make-up working day in the fixture: the 1st working day after Sat 13 Feb.
      expect((await runCli(['workdays', 'add', '2027-02-13', '1'])).stdout).toBe('2027-02-14\n');
      // 2028 is still unknown.
      const later = await runCli(['workdays', 'add', '2027-12-31', '1']);
      expect(later.stderr).toContain('工作日历未包含2028年的放假安排');

      const list = await runCli(['calendar', 'list']);
      const lines = list.stdout.trim().split('\n');
      expect(lines.map((line) => line.split('\t')[0])).toEqual([
        '2019',
        '2020',
        '2021',
        '2022',
        '2023',
        '2024',
        '2025',
        '2026',
        '2027',
      ]);
      expect(lines.at(-1)).toBe('2027\t管理员导入\t测试用放假安排（非官方数据，仅供测试）');
      expect(lines[6]).toMatch(
        /^2025\t随程序发布\t国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）$/,
      );
    },
  );

  it('explains an invalid file and stores nothing', async () => {
    const broken = path.join(folder, 'broken.json');
    writeFileSync(
      broken,
      JSON.stringify({
        format: 'gongkai-holiday-arrangement',
        version: 1,
        year: 2028,
        sources: [],
        holidays: [],
      }),
    );
    const result = await runCli(['calendar', 'import', broken]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/放假安排文件有误/);
    const list = await runCli(['calendar', 'list']);
    expect(list.stdout).not.toContain('2028');
    const missing = await runCli(['calendar', 'import', path.join(folder, 'nope.json')]);
    expect(missing.stderr).toContain('无法读取文件');
  });
});
