import { randomBytes } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { DatabaseHandle } from '../db/database.ts';
import { isBearerOnlyRequest } from './api/api-authentication.ts';
import { registerApi } from './api/register-api.ts';
import { registerBackOffice } from './backoffice/register-back-office.ts';
import { registerPortal } from './portal/register-portal.ts';
import { registerAssets } from './shared/assets.ts';
import { registerErrorPages } from './shared/error-handler.ts';
import { registerHealthCheck } from './shared/health.ts';
import { loggerOptionsFor, registerRequestLogging, type WebLoggerOptions } from './shared/request-logging.ts';
import { contentSecurityPolicy } from './shared/security-headers.ts';
import type { WebContext } from './shared/web-context.ts';

export type BuildServerOptions = {
  database: DatabaseHandle;
  /** The clock (tests move it); defaults to the system clock. */
  now?: () => Date;
  /** true (default): JSON logs to stdout; false: silent; or pino options (a `stream` is allowed). */
  logger?: boolean | WebLoggerOptions;
  /** Signs the CSRF secret cookie; a random one per process when absent (forms then expire on restart). */
  cookieSecret?: string;
  /** Behind HTTPS: cookies get `Secure`, and HSTS and upgrade-insecure-requests are sent. */
  isSecureCookie?: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for the login rate limit). */
  isBehindProxy?: boolean;
  /** The website check (立即检查) may read loopback and private addresses: an intranet deployment, tests. */
  isWebsiteCheckPrivateAllowed?: boolean;
};

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the web server (not listening: the CLI's `serve` calls `listen`). */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const isSecureCookie = options.isSecureCookie ?? false;
  const app = Fastify({
    logger: loggerOptionsFor(options.logger),
    // Fastify's own request lines carry the raw URL and client address: ours (request-logging.ts) do not.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: options.isBehindProxy ?? false,
    bodyLimit: 1024 * 1024,
  });
  const context: WebContext = {
    database: options.database,
    useCases: { db: options.database.db, now: options.now ?? (() => new Date()) },
    isSecureCookie,
    isWebsiteCheckPrivateAllowed: options.isWebsiteCheckPrivateAllowed ?? false,
  };

  await app.register(fastifyCookie, { secret: options.cookieSecret ?? randomBytes(32).toString('hex') });
  await app.register(fastifyFormbody);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: contentSecurityPolicy({ isSecure: isSecureCookie }),
    },
    hsts: isSecureCookie ? { maxAge: 31_536_000 } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyCsrfProtection, {
    cookieKey: 'gongkai_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: isSecureCookie, signed: true },
  });
  // Every state-changing request carries a valid CSRF token, whatever the route: none can forget it.
  // Except an API call authenticated by a bearer token alone (no session cookie): no browser sends
  // one by itself, so it cannot be forged across sites.
  app.addHook('preHandler', (request, reply, done) => {
    if (unsafeMethods.has(request.method) && !isBearerOnlyRequest(request))
      app.csrfProtection(request, reply, done);
    else done();
  });

  registerRequestLogging(app);
  registerErrorPages(app);
  registerAssets(app);
  registerHealthCheck(app, options.database);
  registerPortal(app, context);
  await registerApi(app, context);
  await app.register(async (backOffice) => registerBackOffice(backOffice, context), { prefix: '/admin' });
  return app;
}
