import { describe, expect, it } from 'vitest';
import { classifyLinkProbe } from './link-check-result.ts';

const requestedUrl = 'http://swj.example.gov.cn/a.html';

describe('classifyLinkProbe', () => {
  it('a 2xx answer on the same host is fine, http to https included', () => {
    expect(
      classifyLinkProbe({ kind: 'response', requestedUrl, finalUrl: requestedUrl, status: 200 }),
    ).toEqual({ status: 'ok' });
    expect(
      classifyLinkProbe({
        kind: 'response',
        requestedUrl,
        finalUrl: 'https://SWJ.example.gov.cn/b.html',
        status: 204,
      }),
    ).toEqual({ status: 'ok' });
  });

  it('4xx and 5xx are broken, at their boundaries', () => {
    expect(
      classifyLinkProbe({ kind: 'response', requestedUrl, finalUrl: requestedUrl, status: 404 }),
    ).toEqual({
      status: 'broken',
      message: '返回错误状态 404',
    });
    expect(
      classifyLinkProbe({ kind: 'response', requestedUrl, finalUrl: requestedUrl, status: 400 }).status,
    ).toBe('broken');
    expect(
      classifyLinkProbe({ kind: 'response', requestedUrl, finalUrl: requestedUrl, status: 503 }).status,
    ).toBe('broken');
    expect(
      classifyLinkProbe({ kind: 'response', requestedUrl, finalUrl: requestedUrl, status: 299 }).status,
    ).toBe('ok');
  });

  it('network failures are broken with the reason in Chinese', () => {
    expect(classifyLinkProbe({ kind: 'failure', requestedUrl, failure: 'dnsFailure', detail: '' })).toEqual({
      status: 'broken',
      message: '域名无法解析',
    });
    expect(classifyLinkProbe({ kind: 'failure', requestedUrl, failure: 'refused', detail: '' }).status).toBe(
      'broken',
    );
    expect(classifyLinkProbe({ kind: 'failure', requestedUrl, failure: 'timeout', detail: '5秒' })).toEqual({
      status: 'broken',
      message: '访问超时（5秒）',
    });
  });

  it('a redirect to another host is 外链, not an error; an error there is still broken', () => {
    expect(
      classifyLinkProbe({
        kind: 'response',
        requestedUrl,
        finalUrl: 'https://www.example.com/x',
        status: 200,
      }),
    ).toEqual({ status: 'externalRedirect', message: '跳转到其他网站：www.example.com' });
    expect(
      classifyLinkProbe({
        kind: 'response',
        requestedUrl,
        finalUrl: 'https://www.example.com/x',
        status: 404,
      }).status,
    ).toBe('broken');
  });

  it('a link not fetched is reported as not checked', () => {
    expect(classifyLinkProbe({ kind: 'skipped', requestedUrl, detail: '内网地址' })).toEqual({
      status: 'notChecked',
      message: '未检查：内网地址',
    });
  });
});
