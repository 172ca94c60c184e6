import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { AccessDeniedError, agencyScope, type AgencyScope } from '../../domain/access/policy.ts';

/**
 * The agencies the supervision pages cover for this actor, from the policy (`supervision.view`): a
 * supervisor its subtree, an agency administrator its own agency, nobody else anything.
 */
export function supervisionScopeOf(actor: Actor): AgencyScope {
  const scope = agencyScope(actor, 'supervision.view');
  if (scope.kind === 'none') throw new AccessDeniedError('您的角色没有督查权限');
  return scope;
}

/** A report year: reports exist from the 2008 Regulations on. */
export const reportYearSchema = z
  .number({ error: '请选择年度' })
  .int({ error: '年度应为四位数字' })
  .min(2008, { error: '年度不能早于2008年' })
  .max(2100, { error: '年度无效' });

export const pageSchema = z.number().int({ error: '页码无效' }).min(1, { error: '页码无效' }).default(1);

/** A page of `entries`: a page past the end gives the last page. */
export function pageOf<Entry>(options: { entries: readonly Entry[]; page: number; pageSize: number }): {
  entries: Entry[];
  page: number;
  pageCount: number;
  total: number;
} {
  const total = options.entries.length;
  const pageCount = Math.max(1, Math.ceil(total / options.pageSize));
  const page = Math.min(options.page, pageCount);
  const start = (page - 1) * options.pageSize;
  return { entries: options.entries.slice(start, start + options.pageSize), page, pageCount, total };
}
