import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDirectory } from '../db/database.ts';

/** Settings from the environment (README: 配置). */
export type AppConfig = {
  /** PostgreSQL server URL; when absent, the embedded database in `dataDirectory`. */
  databaseUrl: string | undefined;
  /** `GONGKAI_DATA_DIR`, default `./data`: embedded database, uploads, secrets, safety backups. */
  dataDirectory: string;
  port: number;
  host: string;
  /** Set `GONGKAI_SECURE_COOKIES=1` behind HTTPS. */
  isSecureCookie: boolean;
  logLevel: string;
};

export function readConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(environment.PORT ?? 3000);
  return {
    databaseUrl: environment.DATABASE_URL || undefined,
    dataDirectory: environment.GONGKAI_DATA_DIR
      ? path.resolve(environment.GONGKAI_DATA_DIR)
      : defaultDataDirectory(),
    port: Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000,
    host: environment.HOST ?? '0.0.0.0',
    isSecureCookie: environment.GONGKAI_SECURE_COOKIES === '1',
    logLevel: environment.LOG_LEVEL ?? 'info',
  };
}

/**
 * The secret that signs cookies: `GONGKAI_COOKIE_SECRET`, or one generated once and kept in the
 * data folder (mode 0600) so sessions survive restarts.
 */
export function cookieSecret(config: AppConfig, environment: NodeJS.ProcessEnv = process.env): string {
  const fromEnvironment = environment.GONGKAI_COOKIE_SECRET;
  if (fromEnvironment && fromEnvironment.length >= 32) return fromEnvironment;
  mkdirSync(config.dataDirectory, { recursive: true });
  const file = path.join(config.dataDirectory, 'cookie-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
