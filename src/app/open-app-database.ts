import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import type { AppConfig } from './config.ts';

/** Opens the configured database (embedded or server) and applies pending migrations. */
export async function openAppDatabase(
  config: AppConfig,
  options: { isMigrating?: boolean } = {},
): Promise<DatabaseHandle> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDirectory: config.dataDirectory });
  if (options.isMigrating ?? true) await migrateDatabase(handle);
  return handle;
}
