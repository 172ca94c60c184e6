import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isNonPublicAddress } from './network-address-policy.ts';
import { ReportSourceError } from './report-source-error.ts';

export type FetchedPage = { bytes: Uint8Array; finalUrl: string; contentType: string; status: number };

export type FetchReportUrlOptions = {
  url: string;
  /** Allow loopback, private and link-local addresses (tests, a deployment inside an intranet). */
  allowPrivate?: boolean;
  maxBytes?: number;
  maxRedirects?: number;
  timeoutMilliseconds?: number;
  /** Name resolution, replaceable in tests; returns every address of the host. */
  resolveHost?: (host: string) => Promise<string[]>;
  /** How the request names its sender (site operators see it in their logs). */
  userAgent?: string;
};

const defaults = { maxBytes: 10 * 1024 * 1024, maxRedirects: 5, timeoutMilliseconds: 15_000 };

async function resolveWithDns(host: string): Promise<string[]> {
  const results = await dnsLookup(host, { all: true, verbatim: true });
  return results.map((result) => result.address);
}

/**
 * Resolves a host and checks every address it has (a name with one public and one private
 * address is refused); returns the address to connect to, so the connection cannot be sent
 * elsewhere by a second resolution.
 */
async function checkedAddress(options: {
  host: string;
  allowPrivate: boolean;
  resolveHost: (host: string) => Promise<string[]>;
}): Promise<string> {
  const host = options.host.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await options.resolveHost(host);
  } catch {
    throw new ReportSourceError(`无法解析网址中的主机名“${host}”。`, { failure: 'dnsFailure' });
  }
  if (addresses.length === 0)
    throw new ReportSourceError(`无法解析网址中的主机名“${host}”。`, { failure: 'dnsFailure' });
  if (!options.allowPrivate) {
    const refused = addresses.find((address) => isNonPublicAddress(address));
    if (refused !== undefined) {
      throw new ReportSourceError(
        `拒绝访问“${host}”：其地址 ${refused} 属于本机、内网或链路本地地址（如确需访问，请使用 --allow-private）。`,
        { failure: 'privateAddress' },
      );
    }
  }
  return addresses[0] ?? host;
}

function requestOnce(options: {
  url: URL;
  address: string;
  deadline: number;
  maxBytes: number;
  userAgent: string;
}): Promise<{ response: IncomingMessage; body: Uint8Array | null }> {
  return new Promise((resolve, reject) => {
    let isSettled = false;
    const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
      const family = isIP(options.address);
      if (lookupOptions.all) callback(null, [{ address: options.address, family }]);
      else callback(null, options.address, family);
    };
    const send = options.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const remaining = Math.max(1, options.deadline - Date.now());
    const request = send(options.url, {
      method: 'GET',
      lookup: pinnedLookup,
      headers: {
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
      },
    });
    const fail = (error: unknown): void => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      request.destroy();
      reject(
        error instanceof ReportSourceError
          ? error
          : new ReportSourceError(`读取网址失败：${error instanceof Error ? error.message : String(error)}`, {
              failure: (error as { code?: string }).code === 'ECONNREFUSED' ? 'refused' : 'network',
            }),
      );
    };
    const succeed = (value: { response: IncomingMessage; body: Uint8Array | null }): void => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(
      () => fail(new ReportSourceError('读取网址超时。', { failure: 'timeout' })),
      remaining,
    );
    request.on('error', fail);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        response.resume();
        succeed({ response, body: null });
        return;
      }
      const declared = Number(response.headers['content-length'] ?? '0');
      if (declared > options.maxBytes) {
        fail(
          new ReportSourceError(`网页过大（${declared} 字节，上限 ${options.maxBytes} 字节）。`, {
            failure: 'tooLarge',
          }),
        );
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes)
          fail(
            new ReportSourceError(`网页过大（超过 ${options.maxBytes} 字节上限）。`, { failure: 'tooLarge' }),
          );
        else chunks.push(chunk);
      });
      response.on('end', () => succeed({ response, body: new Uint8Array(Buffer.concat(chunks)) }));
      response.on('error', fail);
    });
    request.end();
  });
}

/**
 * Fetches a report page over http(s) with a size limit, a redirect limit and a time limit, and
 * refuses loopback, private and link-local addresses — checked for every address of the host and
 * again on each redirect — unless `allowPrivate` is set, so a server deployment cannot be turned
 * against its own network.
 */
export async function fetchReportUrl(options: FetchReportUrlOptions): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? defaults.maxBytes;
  const maxRedirects = options.maxRedirects ?? defaults.maxRedirects;
  const deadline = Date.now() + (options.timeoutMilliseconds ?? defaults.timeoutMilliseconds);
  const resolveHost = options.resolveHost ?? resolveWithDns;
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new ReportSourceError(`“${options.url}”不是有效的网址。`, { failure: 'invalidUrl' });
  }
  for (let redirects = 0; ; redirects += 1) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new ReportSourceError(`只支持 http 和 https 网址（“${url.protocol}”）。`, {
        failure: 'unsupportedScheme',
      });
    if (url.username !== '' || url.password !== '')
      throw new ReportSourceError('网址中不能包含用户名或密码。');
    const address = await checkedAddress({
      host: url.hostname,
      allowPrivate: options.allowPrivate === true,
      resolveHost,
    });
    const { response, body } = await requestOnce({
      url,
      address,
      deadline,
      maxBytes,
      userAgent: options.userAgent ?? 'gongkai-report-import/0.1',
    });
    const status = response.statusCode ?? 0;
    if (body === null) {
      const location = response.headers.location;
      if (location === undefined)
        throw new ReportSourceError(`网址返回了重定向（${status}），但没有给出新地址。`);
      if (redirects >= maxRedirects)
        throw new ReportSourceError(`重定向次数过多（超过 ${maxRedirects} 次）。`, {
          failure: 'tooManyRedirects',
        });
      url = new URL(location, url);
      continue;
    }
    if (status < 200 || status >= 300)
      throw new ReportSourceError(`网址返回了错误状态 ${status}。`, { failure: 'errorStatus', status });
    return {
      bytes: body,
      finalUrl: url.toString(),
      contentType: String(response.headers['content-type'] ?? ''),
      status,
    };
  }
}
