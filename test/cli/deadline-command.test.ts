import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

// The same hand-checked dates as src/domain/applications/deadlines/compute-deadlines.test.ts.
describe('gongkai deadline', () => {
  it.each([
    [['--received', '2025-01-20'], '2025-02-21'],
    [['--received', '2026-02-02'], '2026-03-06'],
    [['--received', '2024-09-02'], '2024-09-30'],
    [['--received', '2024-09-02', '--pause', '2024-09-20:2024-10-10'], '2024-10-18'],
    [['--received', '2024-09-02', '--pause', '2024-09-20:2024-10-10', '--extended'], '2024-11-15'],
    [['--received', '2025-03-03', '--clarified', '2025-03-20'], '2025-04-18'],
    [['--received', '2025-06-03', '--pause', '2025-06-10:2025-06-16'], '2025-07-07'],
    [['--received', '2025-06-03', '--pause', '2025-06-10:2025-06-16', '--extended'], '2025-08-04'],
  ])('%j → %s', async (args, expected) => {
    const run = await runCli(['deadline', ...args]);
    expect(run).toEqual({ stdout: `${expected}\n`, stderr: '', exitCode: 0 });
  });

  it('accepts several pauses', async () => {
    // Received 2 Sep 2024, due 30 Sep; pausing (2 Sep, 3 Sep] and (4 Sep, 5 Sep] removes 3 and 5 Sep:
    // 4, 6, 9–13 Sep (7), 14 Sep (8), 18–20 (11), 23–27 (16), 29, 30 Sep (18), 8, 9 Oct (20).
    const run = await runCli([
      'deadline',
      '--received',
      '2024-09-02',
      '--pause',
      '2024-09-02:2024-09-03',
      '--pause',
      '2024-09-04:2024-09-05',
    ]);
    expect(run.stdout).toBe('2024-10-09\n');
  });

  it('explains the date in JSON, naming Spring Festival and the make-up days', async () => {
    const run = await runCli(['deadline', '--received', '2025-01-20', '--json']);
    expect(run.exitCode).toBe(0);
    const output = JSON.parse(run.stdout) as { due: string; explanation: string[] };
    expect(output.due).toBe('2025-02-21');
    const text = output.explanation.join('\n');
    expect(text).toContain('春节2025年1月28日至2025年2月4日（8天）');
    expect(text).toContain('2025年1月26日（星期日）春节调休上班');
    expect(text).toContain('2025年2月8日（星期六）春节调休上班');
  });

  it('names the missing year and exits non-zero', async () => {
    const run = await runCli(['deadline', '--received', '2026-12-15']);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('工作日历未包含2027年的放假安排');
  });

  it.each([
    [[], '缺少 --received'],
    [['--received', '2025-13-01'], '不是有效日期'],
    [['--received', '2025-01-20', '--pause', '2025-01-22'], '应为 FROM:TO'],
    [['--received', '2025-01-20', '--pause', '2025-01-25:2025-01-22'], '结束日期早于开始日期'],
    [['--received', '2025-01-20', '--clarified', '2025-01-10'], '补正日期不能早于'],
  ])('rejects %j in Chinese', async (args, message) => {
    const run = await runCli(['deadline', ...args]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain(message);
  });
});

describe('help', () => {
  it.each([['deadline'], ['workdays'], ['workdays', 'add'], ['workdays', 'count']])(
    'gongkai %s --help',
    async (...command) => {
      const run = await runCli([...command, '--help']);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain('Usage: gongkai');
    },
  );
});
