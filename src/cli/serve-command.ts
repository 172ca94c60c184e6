import type { Command } from 'commander';
import { cookieSecret, readConfig } from '../app/config.ts';
import { openAppDatabase } from '../app/open-app-database.ts';
import { countAgencies } from '../db/repositories/agencies.ts';
import { loadDemo } from '../use-cases/demo/load-demo.ts';
import { buildServer } from '../web/server.ts';
import { CliError } from './cli-error.ts';
import { printDemoResult } from './demo-command.ts';
import { cliActor } from './with-database.ts';

/** `gongkai serve [--port N] [--host H] [--demo-if-empty]`: the web server (portal and back office). */
export function register(program: Command): void {
  program
    .command('serve')
    .description('启动网站（公开门户与后台）；端口也可用环境变量 PORT 指定')
    .option('--port <port>', '监听端口（默认 3000 或 PORT）')
    .option('--host <host>', '监听地址（默认 0.0.0.0 或 HOST）')
    .option('--demo-if-empty', '数据库中还没有任何机关时，先载入示例机关（npm start 使用）')
    .action(async (options: { port?: string; host?: string; demoIfEmpty?: boolean }) => {
      const config = readConfig();
      const port = options.port === undefined ? config.port : Number(options.port);
      if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new CliError(`端口“${options.port}”不正确，应为1至65535的整数`);
      const host = options.host ?? config.host;
      const handle = await openAppDatabase(config).catch((error: unknown) => {
        throw new CliError(`无法打开数据库：${(error as Error).message}`);
      });
      if (options.demoIfEmpty && (await countAgencies(handle.db)) === 0) {
        process.stdout.write('数据库中还没有机关，正在载入示例机关……\n');
        const result = await loadDemo({ db: handle.db, now: () => new Date() }, { actor: cliActor });
        printDemoResult(result, (text) => process.stdout.write(text));
      }
      const app = await buildServer({
        database: handle,
        cookieSecret: cookieSecret(config),
        isSecureCookie: config.isSecureCookie,
        isBehindProxy: process.env.GONGKAI_BEHIND_PROXY === '1',
        isWebsiteCheckPrivateAllowed: process.env.GONGKAI_WEBSITE_CHECK_ALLOW_PRIVATE === '1',
        logger: { level: config.logLevel },
      });
      const shutdown = async (signal: string): Promise<void> => {
        app.log.info({ signal }, 'shutting down');
        await app.close();
        await handle.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      try {
        await app.listen({ port, host });
      } catch (error) {
        await handle.close();
        const code = (error as { code?: string }).code;
        if (code === 'EADDRINUSE')
          throw new CliError(`端口 ${port} 已被占用，请用 --port 或 PORT 指定其他端口`);
        throw error;
      }
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      process.stdout.write(
        `Gongkai 已启动：http://${shown}:${port}/（后台 http://${shown}:${port}/admin）\n数据库：${handle.kind === 'embedded' ? '内置数据库' : 'PostgreSQL'} ${handle.location}\n`,
      );
    });
}
