import { uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { disclosureRequests } from './disclosure-requests.ts';

/**
 * The columns every record that belongs to a disclosure request starts with: its own id, the
 * agency (every agency-owned table carries `agency_id`) and the request. A function, so each table
 * gets its own column builders.
 */
export function requestOwnedColumns() {
  return {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    requestId: uuid('request_id')
      .notNull()
      .references(() => disclosureRequests.id),
  };
}
