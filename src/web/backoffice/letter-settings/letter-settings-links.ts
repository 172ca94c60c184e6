import type { LetterTemplateKey } from '../../../domain/applications/letters/letter-kind.ts';
import { agencyAdminHref } from '../back-office-layout.ts';

/** 文书设置 of an agency. */
export function letterSettingsHref(slug: string): string {
  return `${agencyAdminHref(slug)}/letters/settings`;
}

/** 文书模板 of an agency: the list, or one template's edit page (`/reset` restores its default). */
export function letterTemplatesHref(slug: string, key?: LetterTemplateKey, action?: 'reset'): string {
  const list = `${agencyAdminHref(slug)}/letters/templates`;
  if (key === undefined) return list;
  const page = `${list}/${encodeURIComponent(key)}`;
  return action === undefined ? page : `${page}/${action}`;
}
