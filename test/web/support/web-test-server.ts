import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import { buildServer } from '../../../src/web/server.ts';
import { manualClock } from '../../support/factories.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { createTestDatabase } from '../../support/test-database.ts';

export type WebTestServer = {
  app: FastifyInstance;
  handle: DatabaseHandle;
  context: UseCaseContext;
  advanceClock: (milliseconds: number) => void;
  close: () => Promise<void>;
};

/** A server on a fresh test database with a clock the test moves by hand; no logging. */
export async function startWebTestServer(): Promise<WebTestServer> {
  const handle = await createTestDatabase();
  const clock = manualClock();
  const app = await buildServer({
    database: handle,
    now: clock.now,
    logger: false,
    cookieSecret: 'test-cookie-secret-0123456789',
  });
  await app.ready();
  return {
    app,
    handle,
    context: { db: handle.db, now: clock.now },
    advanceClock: clock.advance,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
