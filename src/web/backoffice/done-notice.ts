import { z } from 'zod';
import type { Notice } from '../shared/layout.ts';

const doneQuery = z.object({ done: z.string().max(20).optional().catch(undefined) });

/** The success notice for `?done=<what>` after a post/redirect/get, from the page's messages; none for an unknown value. */
export function doneNoticeOf(query: unknown, messages: Readonly<Record<string, string>>): Notice | undefined {
  const done = doneQuery.parse(query ?? {}).done;
  if (done === undefined || !Object.hasOwn(messages, done)) return undefined;
  return { kind: 'success', text: messages[done] ?? '' };
}
