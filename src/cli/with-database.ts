import { readConfig } from '../app/config.ts';
import { openAppDatabase } from '../app/open-app-database.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { SystemActor } from '../domain/access/actor.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { AccessDeniedError, ConflictError, NotFoundError, ValidationError } from '../use-cases/errors.ts';
import { CliError } from './cli-error.ts';

/** CLI commands act as this named system actor in the event log (architecture rule 9). */
export const cliActor: SystemActor = { kind: 'system', name: 'cli' };

/**
 * Opens the configured database (migrated), runs the command's work, closes the database, and
 * turns use-case errors into CLI messages.
 */
export async function withDatabase<Result>(
  work: (options: { handle: DatabaseHandle; context: UseCaseContext }) => Promise<Result>,
  options: { isMigrating?: boolean } = {},
): Promise<Result> {
  const config = readConfig();
  let handle: DatabaseHandle;
  try {
    handle = await openAppDatabase(config, options);
  } catch (error) {
    throw new CliError(`无法打开数据库：${(error as Error).message}`);
  }
  try {
    return await work({ handle, context: { db: handle.db, now: () => new Date() } });
  } catch (error) {
    throw toCliError(error);
  } finally {
    await handle.close();
  }
}

export function toCliError(error: unknown): unknown {
  if (
    error instanceof ValidationError ||
    error instanceof ConflictError ||
    error instanceof NotFoundError ||
    error instanceof AccessDeniedError
  ) {
    return new CliError(error.message);
  }
  return error;
}
