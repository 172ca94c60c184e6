import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../shared/web-context.ts';
import { requireApiActor } from './api-authentication.ts';
import { registerApiErrors } from './api-errors.ts';
import { registerAppealCaseRoutes } from './appeal-cases-routes.ts';
import { registerApplicationRoutes } from './applications-routes.ts';
import { registerLetterRoutes } from './letters-routes.ts';
import { apiBasePath, buildOpenApiDocument } from './openapi-document.ts';

/** The routes registered under `/api/v1` per server (the OpenAPI test compares them with the document). */
const registeredRoutes = new WeakMap<FastifyInstance, Array<{ method: string; path: string }>>();

export function registeredApiRoutes(app: FastifyInstance): ReadonlyArray<{ method: string; path: string }> {
  return registeredRoutes.get(app) ?? [];
}

/** The JSON API (issue 4): `/api/openapi.json` is public; everything under `/api/v1` authenticates. */
export async function registerApi(app: FastifyInstance, context: WebContext): Promise<void> {
  const routes: Array<{ method: string; path: string }> = [];
  registeredRoutes.set(app, routes);
  const document = buildOpenApiDocument();
  app.get('/api/openapi.json', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').send(document),
  );
  await app.register(
    async (scope) => {
      scope.addHook('onRoute', (route) => {
        for (const method of [route.method].flat()) {
          if (method !== 'HEAD') routes.push({ method, path: route.url.slice(apiBasePath.length) });
        }
      });
      registerApiErrors(scope);
      requireApiActor(scope, context);
      scope.addHook('onSend', async (_request, reply) => {
        reply.header('cache-control', 'no-store');
      });
      registerApplicationRoutes(scope, context);
      registerLetterRoutes(scope, context);
      registerAppealCaseRoutes(scope, context);
    },
    { prefix: apiBasePath },
  );
}
