import type { DatabaseHandle } from '../../db/database.ts';
import type { UseCaseContext } from '../../use-cases/context.ts';

/** What every route module receives from `buildServer`. */
export type WebContext = {
  database: DatabaseHandle;
  useCases: UseCaseContext;
  isSecureCookie: boolean;
};
