import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgency } from '../support/factories.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
beforeAll(async () => {
  server = await startWebTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('public portal', () => {
  it('redirects the platform home to the only agency, and lists agencies when there are several', async () => {
    const first = await makeAgency(server.context, { slug: 'shangwu', name: '示例市商务局' });
    const single = await server.app.inject({ method: 'GET', url: '/' });
    expect(single.statusCode).toBe(302);
    expect(single.headers.location).toBe('/a/shangwu/');

    await makeAgency(server.context, { slug: 'jiaoyu', name: '示例市教育局' });
    const list = await server.app.inject({ method: 'GET', url: '/' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('示例市商务局');
    expect(list.body).toContain('href="/a/jiaoyu/"');
    expect(first.slug).toBe('shangwu');
  });

  it('names the agency on its portal home with the four disclosure sections', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/a/shangwu/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<html lang="zh-CN">');
    expect(response.body).toContain('示例市商务局');
    for (const label of ['政府信息公开指南', '政府信息公开目录', '依申请公开', '年度报告'])
      expect(response.body).toContain(label);
    expect(response.body).toContain('href="#main"');
    expect(response.body).toContain('<main id="main"');
    expect(response.body).toContain('aria-current="page"');
  });

  it('redirects the agency address without its trailing slash', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/a/shangwu' });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/a/shangwu/');
  });

  it('generates the guide from the office contact details', async () => {
    await makeAgency(server.context, {
      slug: 'gonganju',
      name: '示例市公安局',
      officeName: '示例市公安局政府信息公开办公室',
      officeAddress: '示例市人民路1号',
      officeHours: '工作日 9:00—17:00',
      officeTelephone: '0571-12345678',
      officeEmail: 'gk@example.gov.cn',
      officePostcode: '310000',
      website: 'javascript:alert(1)',
    });
    const response = await server.app.inject({ method: 'GET', url: '/a/gonganju/guide' });
    expect(response.statusCode).toBe(200);
    for (const text of [
      '示例市公安局政府信息公开办公室',
      '示例市人民路1号',
      '工作日 9:00—17:00',
      '0571-12345678',
      '310000',
      '20个工作日',
    ]) {
      expect(response.body).toContain(text);
    }
    expect(response.body).toContain('href="mailto:gk@example.gov.cn"');
    expect(response.body).toContain('暂未公布'); // the fax was not given
    expect(response.body).not.toContain('href="javascript:');
  });

  it('sends the first address of the catalogue section to the catalogue', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/a/shangwu/catalogue' });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/a/shangwu/publications');
  });

  it('answers an unknown agency with the friendly 404 page', async () => {
    for (const url of ['/a/nowhere/', '/a/nowhere/guide', '/a/NOT_A_SLUG/', '/no/such/page']) {
      const response = await server.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).toContain('页面不存在');
      expect(response.body).toContain('<html lang="zh-CN">');
    }
  });

  it('escapes an agency name with markup everywhere it is shown', async () => {
    await makeAgency(server.context, {
      slug: 'xss',
      name: '<script>alert("x")</script>局',
      shortName: '<b>简</b>',
    });
    for (const url of ['/', '/a/xss/', '/a/xss/guide', '/a/xss/apply']) {
      const response = await server.app.inject({ method: 'GET', url });
      expect(response.body, url).not.toContain('<script>');
      expect(response.body, url).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;局');
    }
  });

  it('serves the stylesheet', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/assets/site.css' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/css');
    expect(response.body).toContain(':focus-visible');
  });
});
