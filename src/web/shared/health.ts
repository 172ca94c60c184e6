import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/database.ts';

export type HealthReport = {
  status: 'ok' | 'unavailable';
  database: { kind: DatabaseHandle['kind']; isReachable: boolean };
};

/** GET /healthz for load balancers and monitoring: 200 when the database answers `select 1`, else 503. */
export function registerHealthCheck(app: FastifyInstance, database: DatabaseHandle): void {
  app.get('/healthz', async (request, reply) => {
    let isReachable = true;
    try {
      await database.execute('select 1');
    } catch (error) {
      isReachable = false;
      request.log.error({ err: error }, 'database health check failed');
    }
    const report: HealthReport = {
      status: isReachable ? 'ok' : 'unavailable',
      database: { kind: database.kind, isReachable },
    };
    return reply
      .code(isReachable ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(report);
  });
}
