import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

// The same hand-checked dates as src/domain/calendar/working-calendar.test.ts.
describe('gongkai workdays add', () => {
  it.each([
    ['2025-01-24', '3', '2025-02-05'],
    ['2025-01-20', '20', '2025-02-21'],
    ['2024-09-27', '3', '2024-10-08'],
    ['2025-12-31', '1', '2026-01-04'],
    ['2026-02-14', '1', '2026-02-24'],
    ['2024-04-03', '1', '2024-04-07'],
  ])('%s + %s working days = %s', async (date, count, expected) => {
    const run = await runCli(['workdays', 'add', date, count]);
    expect(run).toEqual({ stdout: `${expected}\n`, stderr: '', exitCode: 0 });
  });

  it('names the missing year and exits non-zero', async () => {
    const run = await runCli(['workdays', 'add', '2026-12-31', '1']);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('工作日历未包含2027年的放假安排');
    expect(run.stdout).toBe('');
  });

  it.each([
    [['2025-02-30', '1'], '不是有效日期'],
    [['2025-01-24', '0'], '不小于1的整数'],
    [['2025-01-24', 'x'], '不小于1的整数'],
    [['2025-01-24'], '缺少参数 n'],
  ])('rejects %j in Chinese', async (args, message) => {
    const run = await runCli(['workdays', 'add', ...args]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain(message);
  });
});

describe('gongkai workdays count', () => {
  it.each([
    ['2025-01-24', '2025-02-05', '3'],
    ['2025-01-27', '2025-02-04', '0'],
    ['2024-09-28', '2024-10-12', '7'],
    ['2025-12-31', '2026-01-04', '1'],
  ])('after %s up to %s: %s', async (from, to, expected) => {
    const run = await runCli(['workdays', 'count', from, to]);
    expect(run).toEqual({ stdout: `${expected}\n`, stderr: '', exitCode: 0 });
  });

  it('names the missing year', async () => {
    const run = await runCli(['workdays', 'count', '2026-12-01', '2027-01-05']);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('2027年');
  });
});

describe('the gongkai binary', () => {
  it('prints the working day and exits non-zero outside the calendar', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('node', ['bin/gongkai.js', 'workdays', 'add', '2025-01-24', '3']);
    expect(stdout).toBe('2025-02-05\n');
    await expect(run('node', ['bin/gongkai.js', 'workdays', 'add', '2026-12-31', '1'])).rejects.toMatchObject(
      {
        code: 1,
        stderr: expect.stringContaining('2027年'),
      },
    );
  });
});
