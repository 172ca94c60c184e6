import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

const stylesheetUrl = new URL('./assets/site.css', import.meta.url);

/** Serves the one stylesheet at /assets/site.css, read from disk once when the server is built. */
export function registerAssets(app: FastifyInstance): void {
  const stylesheet = readFileSync(stylesheetUrl, 'utf8');
  app.get('/assets/site.css', async (_request, reply) => {
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(stylesheet);
  });
}
