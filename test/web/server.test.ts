import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { buildServer } from '../../src/web/server.ts';
import { contextFor, makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';
import { createWebClient } from './support/web-client.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe('server', () => {
  it('reports health with the database kind', async () => {
    const app = await buildServer({ database: handle, logger: false });
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: { kind: handle.kind, isReachable: true } });
    await app.close();
  });

  it('reports an unreachable database with 503', async () => {
    const broken: DatabaseHandle = {
      ...handle,
      execute: async () => Promise.reject(new Error('connection refused')),
    };
    const app = await buildServer({ database: broken, logger: false });
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      status: 'unavailable',
      database: { kind: handle.kind, isReachable: false },
    });
    await app.close();
  });

  it('sends security headers with a strict content security policy', async () => {
    const app = await buildServer({ database: handle, logger: false });
    const response = await app.inject({ method: 'GET', url: '/admin/login' });
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    await app.close();

    const secure = await buildServer({ database: handle, logger: false, isSecureCookie: true });
    const secureResponse = await secure.inject({ method: 'GET', url: '/admin/login' });
    expect(secureResponse.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(String(secureResponse.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    expect(String(secureResponse.headers['set-cookie'])).toContain('Secure');
    await secure.close();
  });

  it('shows a friendly 500 page without the error details', async () => {
    const failing: DatabaseHandle = {
      ...handle,
      db: new Proxy(handle.db, {
        get: () => {
          throw new Error('secret internal failure');
        },
      }),
    };
    const app = await buildServer({ database: failing, logger: false });
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(500);
    expect(response.body).toContain('系统出错了');
    expect(response.body).not.toContain('secret internal failure');
    expect(response.body).not.toContain('at ');
    await app.close();
  });

  it('logs method, route, status and duration, and no personal data', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString());
        callback();
      },
    });
    const context = contextFor(handle);
    const agency = await makeAgency(context);
    const { user } = await makeStaff(context, { agency, roles: ['agencyAdmin'], username: 'wang.xiaoming' });
    const app = await buildServer({ database: handle, logger: { level: 'info', stream } });
    const client = createWebClient(app);
    await client.logIn({ username: user.username, password: testPassword });
    await createWebClient(app).logIn({ username: user.username, password: 'wrong-password-123' });
    await client.get(`/a/${agency.slug}/guide?name=${encodeURIComponent('张三')}`);
    await app.close();

    const log = lines.join('');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const completed = records.filter((record) => record.msg === 'request completed');
    expect(completed.map((record) => [record.method, record.route, record.statusCode])).toContainEqual([
      'POST',
      '/admin/login',
      303,
    ]);
    expect(completed.map((record) => record.route)).toContain('/a/:slug/guide');
    expect(completed.every((record) => typeof record.durationMs === 'number')).toBe(true);
    for (const secret of [
      'wang.xiaoming',
      testPassword,
      'wrong-password-123',
      '张三',
      '%E5%BC%A0',
      'gongkai_session',
      'gongkai_csrf',
      '10.0.',
    ]) {
      expect(log, secret).not.toContain(secret);
    }
  });
});
