import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointCliAtFreshDatabase } from '../support/test-database.ts';
import { startTestWebsite } from '../support/website-server.ts';
import { runCli } from './run-cli.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'gongkai-website-cli-'));

// The first command creates the embedded database (initdb): seconds on a quiet machine, more on a busy one.
describe('gongkai website', { timeout: 120_000 }, () => {
  let cleanUp: () => Promise<void>;
  let site: Awaited<ReturnType<typeof startTestWebsite>>;
  beforeAll(async () => {
    // Only 127.0.0.1 addresses: the CLI resolves names through the system, so no other host appears.
    site = await startTestWebsite(() => ({
      '/': {
        body: '<html><body>2020-01-02 <a href="/ok">正常</a> <a href="/missing">失效</a> <a href="/list">列表</a></body></html>',
      },
      '/ok': { body: 'ok' },
      '/list': { body: '<html><body>暂无信息</body></html>' },
    }));
    cleanUp = await pointCliAtFreshDatabase(path.join(folder, 'data'));
  });
  afterAll(async () => {
    await cleanUp();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('adds a column and checks the site and prints a summary', async () => {
    expect((await runCli(['agency', 'add', '--slug', 'cli-website', '--name', '某市商务局'])).exitCode).toBe(
      0,
    );
    const added = await runCli([
      'website',
      'add-column',
      '--agency',
      'cli-website',
      '--name',
      '通知公告',
      '--url',
      `${site.origin}/list`,
      '--kind',
      'notice',
    ]);
    expect(added).toMatchObject({ exitCode: 0, stdout: `已添加栏目“通知公告”（${site.origin}/list）\n` });
    const run = await runCli([
      'website',
      'check',
      '--agency',
      'cli-website',
      '--home-page',
      `${site.origin}/`,
      '--allow-private',
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('读取页面 2 个，检查链接 2 个');
    expect(run.stdout).toContain('断链/错链：1');
    expect(run.stdout).toContain(
      `[断链/错链] 返回错误状态 404 ${site.origin}/missing（所在页面 ${site.origin}/）`,
    );
    expect(run.stdout).toContain('首页不更新：1');
    expect(run.stdout).toContain('空白栏目：1');
  });

  it('refuses the private address without --allow-private, and bad arguments, in Chinese', async () => {
    const run = await runCli([
      'website',
      'check',
      '--agency',
      'cli-website',
      '--home-page',
      `${site.origin}/`,
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('首页无法访问：拒绝访问');
    const unknown = await runCli(['website', 'check', '--agency', 'nobody']);
    expect(unknown.exitCode).not.toBe(0);
    expect(unknown.stderr).toContain('机关“nobody”不存在');
    const limit = await runCli(['website', 'check', '--agency', 'cli-website', '--max-links', '0']);
    expect(limit.stderr).toContain('--max-links“0”应为不小于1的整数');
    const kind = await runCli([
      'website',
      'add-column',
      '--agency',
      'cli-website',
      '--name',
      'x',
      '--url',
      'http://a.example/',
      '--kind',
      'blog',
    ]);
    expect(kind.stderr).toContain('请选择栏目类型');
  });
});
