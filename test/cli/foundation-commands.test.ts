import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownMigrations } from '../../src/db/migrate.ts';
import { pointCliAtFreshDatabase } from '../support/test-database.ts';
import { runCli } from './run-cli.ts';

// The database commands, run in-process against a fresh embedded data folder, or against a fresh
// database on the PostgreSQL server when the suite runs on it (npm run test:pg).
const folder = mkdtempSync(path.join(tmpdir(), 'gongkai-cli-test-'));
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  cleanUp = await pointCliAtFreshDatabase(folder);
});

afterAll(async () => {
  await cleanUp();
  rmSync(folder, { recursive: true, force: true });
});

// The first command creates the embedded database (initdb): seconds on a quiet machine, more on a busy one.
describe('database commands', { timeout: 120_000 }, () => {
  it('migrates, and a second run changes nothing', async () => {
    const first = await runCli(['db', 'migrate']);
    expect(first.exitCode).toBe(0);
    const count = knownMigrations().length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(first.stdout).toMatch(new RegExp(`^已执行 ${count} 个迁移，共 ${count} 个`));
    const second = await runCli(['db', 'migrate']);
    expect(second.stdout).toMatch(new RegExp(`^数据库已是最新（${count} 个迁移`));
  });

  it('loads the demo once, however often it runs', async () => {
    const first = await runCli(['demo']);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('已载入示例机关：demo-city、demo');
    expect(first.stdout).toMatch(/handler\s+gongkai-demo-2025\s+承办人（demo）/);
    const second = await runCli(['demo']);
    expect(second.stdout).toContain('示例机关已存在，未重复载入。');
    const list = await runCli(['agency', 'list']);
    expect(list.stdout.trim().split('\n').sort()).toEqual([
      'demo\t示例市商务局\tcity',
      'demo-city\t示例市人民政府办公室\tcity',
    ]);
  });

  it('adds an agency and a user, and explains bad input', async () => {
    const added = await runCli([
      'agency',
      'add',
      '--slug',
      'cli-town',
      '--name',
      '某镇人民政府',
      '--level',
      'township',
      '--parent',
      'demo-city',
    ]);
    expect(added).toEqual({ stdout: '已登记机关：某镇人民政府（cli-town）\n', stderr: '', exitCode: 0 });
    const badCode = await runCli([
      'agency',
      'add',
      '--slug',
      'cli-bad',
      '--name',
      '某局',
      '--code',
      '914403001922038217',
    ]);
    expect(badCode.exitCode).toBe(1);
    expect(badCode.stderr).toContain('统一社会信用代码校验位不正确');
    const user = await runCli([
      'user',
      'add',
      '--agency',
      'cli-town',
      '--username',
      'town-head',
      '--name',
      '钱镇长',
      '--roles',
      'officeHead,caseHandler',
    ]);
    expect(user.exitCode).toBe(0);
    expect(user.stdout).toMatch(/^已创建账号：town-head（钱镇长）\n初始密码：[A-Za-z]{10}\d{6}\n/);
    const badRole = await runCli([
      'user',
      'add',
      '--agency',
      'cli-town',
      '--username',
      'x-y-z',
      '--name',
      '某',
      '--roles',
      'mayor',
    ]);
    expect(badRole.stderr).toContain('未知角色：mayor');
    expect(badRole.exitCode).toBe(1);
  });

  it('backs up, refuses to restore over records or from a corrupt file, restores with --replace, verifies the chain', async () => {
    const file = path.join(folder, 'cli.gkbak');
    const backup = await runCli(['backup', file]);
    expect(backup.exitCode).toBe(0);
    expect(existsSync(file)).toBe(true);
    const refused = await runCli(['restore', file]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('目标数据库已有数据');
    const corrupt = path.join(folder, 'corrupt.gkbak');
    writeFileSync(corrupt, 'garbage');
    const corrupted = await runCli(['restore', corrupt, '--replace']);
    expect(corrupted.exitCode).toBe(1);
    expect(corrupted.stderr).toContain('备份文件已损坏');
    const restored = await runCli(['restore', file, '--replace']);
    expect(restored.exitCode).toBe(0);
    expect(restored.stdout).toContain('原有数据已先备份到');
    expect(restored.stdout).toContain('操作记录链校验通过');
    const verified = await runCli(['audit', 'verify']);
    expect(verified.stdout).toMatch(/^校验通过：3 条记录链，\d+ 个事件，未发现篡改/);
    const unknownAgency = await runCli(['audit', 'verify', '--agency', 'nowhere']);
    expect(unknownAgency.stderr).toContain('机关“nowhere”不存在');
  });
});
