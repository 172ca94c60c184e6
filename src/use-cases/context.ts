import type { Database } from '../db/database.ts';

/** What every use case needs: the database and the clock (injected, so tests pin time). */
export type UseCaseContext = {
  db: Database;
  now: () => Date;
};
