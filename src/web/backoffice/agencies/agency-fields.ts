import type { AgencyRow } from '../../../db/repositories/agencies.ts';
import { inputField, type FormState } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';

/** The fields an agency administrator maintains (updateAgencyDetails), with their Chinese labels. */
export const agencyDetailFields = [
  'name',
  'shortName',
  'unifiedSocialCreditCode',
  'region',
  'officeName',
  'officeAddress',
  'officeHours',
  'officeTelephone',
  'officeFax',
  'officeEmail',
  'officePostcode',
  'website',
] as const;

export type AgencyDetailField = (typeof agencyDetailFields)[number];

export const agencyFieldLabels: Record<AgencyDetailField | 'slug' | 'level' | 'parentSlug', string> = {
  slug: '网址标识',
  name: '机关全称',
  shortName: '机关简称',
  unifiedSocialCreditCode: '统一社会信用代码',
  level: '机关层级',
  parentSlug: '上级机关',
  region: '行政区划',
  officeName: '政府信息公开工作机构名称',
  officeAddress: '办公地址',
  officeHours: '办公时间',
  officeTelephone: '联系电话',
  officeFax: '传真',
  officeEmail: '电子邮箱',
  officePostcode: '邮政编码',
  website: '网站',
};

/** Current values of the editable fields, for the edit form. */
export function agencyDetailValues(agency: AgencyRow): Record<string, string> {
  return Object.fromEntries(agencyDetailFields.map((field) => [field, agency[field] ?? '']));
}

/** The inputs of the editable fields, in two groups: the agency, and its disclosure office (the guide). */
export function agencyDetailInputs(state: FormState): SafeHtml {
  const field = (name: AgencyDetailField, extra: Partial<Parameters<typeof inputField>[0]> = {}) =>
    inputField({ name, label: agencyFieldLabels[name], state, ...extra });
  return html`<fieldset class="form-section">
      <legend>机关</legend>
      ${field('name', { isRequired: true, maxLength: 100 })}
      ${field('shortName', { isRequired: true, maxLength: 40 })}
      ${field('unifiedSocialCreditCode', { hint: '18位，填写后将校验其校验位。', maxLength: 18 })}
      ${field('region', { hint: '例如：某省某市。', maxLength: 100 })}
    </fieldset>
    <fieldset class="form-section">
      <legend>政府信息公开工作机构（用于生成公开指南）</legend>
      ${field('officeName', { maxLength: 100 })} ${field('officeAddress', { maxLength: 200 })}
      ${field('officeHours', { hint: '例如：工作日上午9:00—12:00，下午13:30—17:30。', maxLength: 200 })}
      ${field('officeTelephone', { type: 'tel', maxLength: 50 })}
      ${field('officeFax', { type: 'tel', maxLength: 50 })}
      ${field('officeEmail', { type: 'email', maxLength: 200 })}
      ${field('officePostcode', { inputMode: 'numeric', maxLength: 6 })}
      ${field('website', { type: 'url', hint: '以 http:// 或 https:// 开头。', maxLength: 200 })}
    </fieldset>`;
}

/** zod paths may be nested (`roles.0`); a form shows the message on the top-level field. */
export function topLevelFieldErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = path.split('.')[0] ?? path;
    result[field] ??= message;
  }
  return result;
}
