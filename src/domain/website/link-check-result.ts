/**
 * What fetching one link gave, as the link checker observed it: a response (after following
 * redirects) or a failure. The checker maps network errors to these kinds; the rule below decides.
 */
export type LinkProbe =
  | { kind: 'response'; requestedUrl: string; finalUrl: string; status: number }
  | {
      kind: 'failure';
      requestedUrl: string;
      failure: 'dnsFailure' | 'refused' | 'timeout' | 'tooManyRedirects' | 'tooLarge' | 'other';
      detail: string;
    }
  /** Not fetched: a private address (SSRF guard) or a scheme other than http(s). */
  | { kind: 'skipped'; requestedUrl: string; detail: string };

export type LinkVerdict =
  | { status: 'ok' }
  /** 断链/错链 (rules.md §7). */
  | { status: 'broken'; message: string }
  /** 外链: a redirect to another host; reported for review, not counted as an error. */
  | { status: 'externalRedirect'; message: string }
  | { status: 'notChecked'; message: string };

const failureMessages: Record<Extract<LinkProbe, { kind: 'failure' }>['failure'], string> = {
  dnsFailure: '域名无法解析',
  refused: '连接被拒绝',
  timeout: '访问超时',
  tooManyRedirects: '重定向次数过多',
  tooLarge: '页面超过大小上限',
  other: '无法访问',
};

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * rules.md §7 broken or wrong links (错链、断链): a name that does not resolve, a refused
 * connection, a timeout, or a 4xx/5xx status is broken. A link that ends on another host after
 * redirects is flagged as 外链 for a person to confirm, not as an error; a failure after such a
 * redirect is still broken.
 */
export function classifyLinkProbe(probe: LinkProbe): LinkVerdict {
  switch (probe.kind) {
    case 'skipped':
      return { status: 'notChecked', message: `未检查：${probe.detail}` };
    case 'failure':
      return {
        status: 'broken',
        message: `${failureMessages[probe.failure]}${probe.detail === '' ? '' : `（${probe.detail}）`}`,
      };
    case 'response': {
      if (probe.status >= 400) return { status: 'broken', message: `返回错误状态 ${probe.status}` };
      if (probe.status < 200 || probe.status >= 300)
        return { status: 'broken', message: `返回异常状态 ${probe.status}` };
      const requestedHost = hostOf(probe.requestedUrl);
      const finalHost = hostOf(probe.finalUrl);
      if (requestedHost !== finalHost)
        return { status: 'externalRedirect', message: `跳转到其他网站：${finalHost ?? probe.finalUrl}` };
      return { status: 'ok' };
    }
    default: {
      const unreachable: never = probe;
      return unreachable;
    }
  }
}
