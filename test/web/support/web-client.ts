import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A tiny browser for `fastify.inject`: keeps cookies between requests, reads the CSRF token of the
 * last page, and posts urlencoded forms. Each client has its own address (for the login rate limit).
 */
export type WebClient = {
  get: (url: string) => Promise<LightMyRequestResponse>;
  postForm: (
    url: string,
    fields: Record<string, string | string[]>,
    options?: { csrf?: 'page' | 'none' | string },
  ) => Promise<LightMyRequestResponse>;
  /** Loads a page and posts its form with the page's CSRF token. */
  submit: (options: {
    page: string;
    action?: string;
    fields: Record<string, string | string[]>;
  }) => Promise<LightMyRequestResponse>;
  logIn: (options: { username: string; password: string }) => Promise<LightMyRequestResponse>;
  cookies: Map<string, string>;
};

let clientCount = 0;

export function csrfTokenIn(body: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(body);
  if (!match?.[1]) throw new Error('no CSRF token on the page');
  return match[1];
}

export function createWebClient(app: FastifyInstance): WebClient {
  clientCount += 1;
  const remoteAddress = `10.0.${Math.floor(clientCount / 250)}.${(clientCount % 250) + 1}`;
  const cookies = new Map<string, string>();
  let lastBody = '';

  function remember(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies) {
      const isExpired =
        cookie.value === '' || (cookie.expires !== undefined && cookie.expires.getTime() < Date.now());
      if (isExpired) cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
    if (response.headers['content-type']?.toString().startsWith('text/html')) lastBody = response.body;
    return response;
  }

  function cookieHeader(): Record<string, string> {
    return Object.fromEntries(cookies);
  }

  const client: WebClient = {
    cookies,
    async get(url) {
      return remember(await app.inject({ method: 'GET', url, cookies: cookieHeader(), remoteAddress }));
    },
    async postForm(url, fields, options = {}) {
      const csrf = options.csrf ?? 'page';
      const parameters = new URLSearchParams();
      if (csrf === 'page') parameters.append('_csrf', csrfTokenIn(lastBody));
      else if (csrf !== 'none') parameters.append('_csrf', csrf);
      for (const [name, value] of Object.entries(fields)) {
        for (const item of Array.isArray(value) ? value : [value]) parameters.append(name, item);
      }
      return remember(
        await app.inject({
          method: 'POST',
          url,
          cookies: cookieHeader(),
          remoteAddress,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: parameters.toString(),
        }),
      );
    },
    async submit(options) {
      const page = await client.get(options.page);
      if (page.statusCode !== 200) throw new Error(`GET ${options.page} answered ${page.statusCode}`);
      return client.postForm(options.action ?? options.page, options.fields);
    },
    async logIn(credentials) {
      return client.submit({ page: '/admin/login', fields: credentials });
    },
  };
  return client;
}
