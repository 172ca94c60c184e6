import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

/**
 * Request logging without personal data: one line per request with method, route pattern
 * (`/a/:slug/guide`, never the raw URL with its query string), status and duration. No headers,
 * cookies, bodies or client addresses; redaction is a second line of defence.
 */
export type WebLoggerOptions = LoggerOptions & { stream?: NodeJS.WritableStream };

const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.body',
  'req.query',
  'req.url',
  'req.remoteAddress',
  'res.headers["set-cookie"]',
  'body',
  'password',
  '*.password',
];

/** Drops the bound parameters a database error message may carry (`params: …`), which can hold personal data. */
function withoutQueryParameters(text: string | undefined): string | undefined {
  return text?.replace(/\nparams:[^\n]*/g, '\nparams: [redacted]');
}

function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: 'non-error thrown' };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: withoutQueryParameters(error.message),
    code: typeof code === 'string' ? code : undefined,
    stack: withoutQueryParameters(error.stack),
  };
}

export function loggerOptionsFor(logger: boolean | WebLoggerOptions | undefined): false | WebLoggerOptions {
  if (logger === false) return false;
  const base: WebLoggerOptions = logger === true || logger === undefined ? { level: 'info' } : logger;
  return {
    ...base,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: {
      req: (request: { method?: string; routeOptions?: { url?: string } }) => ({
        method: request.method,
        route: request.routeOptions?.url,
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      err: serializeError,
    },
  };
}

export function registerRequestLogging(app: FastifyInstance): void {
  app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        statusCode: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request completed',
    );
  });
}
