import type { DatabaseHandle } from '../../db/database.ts';
import type { UseCaseContext } from '../../use-cases/context.ts';

/** What every route module receives from `buildServer`. */
export type WebContext = {
  database: DatabaseHandle;
  useCases: UseCaseContext;
  isSecureCookie: boolean;
  /** The website check may read loopback and private addresses (`GONGKAI_WEBSITE_CHECK_ALLOW_PRIVATE=1`). */
  isWebsiteCheckPrivateAllowed: boolean;
};
