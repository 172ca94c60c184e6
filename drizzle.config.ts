import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations into ./drizzle from the schema. The same files run
// on embedded PGlite and on a PostgreSQL server (write to PostgreSQL 15: stack-notes.md).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
});
