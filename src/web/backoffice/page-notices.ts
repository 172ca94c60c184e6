import type { Notice } from '../shared/layout.ts';

/** Confirmations shown after a redirect (post/redirect/get); the URL carries only the code. */
const notices = {
  saved: { kind: 'success', text: '已保存。' },
  created: { kind: 'success', text: '已创建。' },
  published: { kind: 'success', text: '已发布。' },
  reset: { kind: 'success', text: '已恢复默认文本。' },
  deleted: { kind: 'success', text: '已删除。' },
} as const satisfies Record<string, Notice>;

export type PageNoticeCode = keyof typeof notices;

export function pageNotice(query: unknown): Notice | undefined {
  const code = (query as { notice?: unknown } | undefined)?.notice;
  if (typeof code !== 'string' || !Object.hasOwn(notices, code)) return undefined;
  return notices[code as PageNoticeCode];
}
