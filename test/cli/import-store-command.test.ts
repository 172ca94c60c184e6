import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberCell } from '../../src/domain/annual-report/cell-value.ts';
import { exampleReportHtml } from '../support/report-files.ts';
import { pointCliAtFreshDatabase } from '../support/test-database.ts';
import { runCli } from './run-cli.ts';

// `gongkai import --previous` (files only) and `--store --agency` (a fresh embedded data folder, or
// a fresh database on the PostgreSQL server under npm run test:pg).
const folder = mkdtempSync(path.join(tmpdir(), 'gongkai-import-store-'));
let cleanUp: () => Promise<void>;
const currentFile = path.join(folder, 'commerce-2024.html');
const previousFile = path.join(folder, 'commerce-2023.html');
const notesFile = path.join(folder, 'notes.txt');

beforeAll(async () => {
  const current = exampleReportHtml({ seed: 51, agencyName: '示例市商务局', year: 2024 });
  const previous = exampleReportHtml({
    seed: 52,
    agencyName: '示例市商务局',
    year: 2023,
    adjust: (report) => {
      report.cells['table3.carriedForward.naturalPerson'] = numberCell(900);
    },
  });
  writeFileSync(currentFile, current.bytes);
  writeFileSync(previousFile, previous.bytes);
  writeFileSync(notesFile, '工作会议纪要\n');
  cleanUp = await pointCliAtFreshDatabase(path.join(folder, 'data'));
});

afterAll(async () => {
  await cleanUp();
  rmSync(folder, { recursive: true, force: true });
});

function ruleIdsIn(json: string): number[] {
  const parsed = JSON.parse(json) as { checkFindings: Array<{ ruleId: number }> };
  return parsed.checkFindings.map((finding) => finding.ruleId);
}

describe('gongkai import --previous', () => {
  it('runs rules 6, 7 and 9 against last year’s report', async () => {
    const alone = await runCli(['import', currentFile, '--format', 'json']);
    expect(alone.exitCode).toBe(0);
    expect(ruleIdsIn(alone.stdout)).not.toContain(6);
    const compared = await runCli(['import', currentFile, '--format', 'json', '--previous', previousFile]);
    expect(compared.exitCode).toBe(0);
    expect(ruleIdsIn(compared.stdout)).toContain(6);
    expect(compared.stdout).toContain('而上一年度报告结转下年度 900 件');
  });

  it('says so when last year’s report cannot be read', async () => {
    const run = await runCli(['import', currentFile, '--previous', notesFile]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('上一年度报告');
  });
});

describe('gongkai import --store --agency', () => {
  it(
    'stores the readable reports for the agency, and a second run updates them',
    { timeout: 180_000 },
    async () => {
      expect((await runCli(['demo'])).exitCode).toBe(0);
      const first = await runCli([
        'import',
        previousFile,
        currentFile,
        notesFile,
        '--store',
        '--agency',
        'demo-city',
      ]);
      expect(first.exitCode).toBe(0);
      expect(first.stdout).toContain(
        'file,agency,year,format,sections_found,cells_read,hard_failures,warnings,error',
      );
      expect(first.stdout).toContain('commerce-2024.html,示例市商务局,2024,2021,6,200,0,');
      expect(first.stdout).toMatch(/notes\.txt,,,,,,,,/);
      expect(first.stderr).toContain('共 3 份，保存 2 份');
      // Stored after last year's, this year's report was checked against it (rule 6 is a warning).
      const line2024 = first.stdout.split('\r\n').find((line) => line.startsWith('commerce-2024.html')) ?? '';
      expect(Number(line2024.split(',')[7])).toBeGreaterThanOrEqual(1);
      const again = await runCli(['import', currentFile, '--store', '--agency', 'demo-city']);
      expect(again.exitCode).toBe(0);
      expect(again.stderr).toContain('commerce-2024.html：已更新');
    },
  );

  it(
    'needs both options and a known agency, and fails when nothing could be stored',
    { timeout: 120_000 },
    async () => {
      const withoutAgency = await runCli(['import', currentFile, '--store']);
      expect(withoutAgency.exitCode).not.toBe(0);
      expect(withoutAgency.stderr).toContain('--store 与 --agency 须同时使用');
      const unknown = await runCli(['import', currentFile, '--store', '--agency', 'no-such-agency']);
      expect(unknown.exitCode).not.toBe(0);
      expect(unknown.stderr).toContain('机关“no-such-agency”不存在');
      const nothing = await runCli(['import', notesFile, '--store', '--agency', 'demo-city']);
      expect(nothing.exitCode).not.toBe(0);
      expect(nothing.stderr).toContain('没有一份报告能够保存');
    },
  );
});
