import { isRole, roleLabels } from '../../../domain/access/roles.ts';
import { isLetterTemplateKey, letterKindLabels } from '../../../domain/applications/letters/letter-kind.ts';
import { letterTemplateLabel } from '../../../domain/applications/letters/letter-template-label.ts';
import { attachmentKindLabel } from '../../../use-cases/disclosure-requests/attachment-kinds.ts';
import { agencyFieldLabels } from '../agencies/agency-fields.ts';
import { consultationEventDetail, consultationEventKindLabels } from './describe-consultation-event.ts';
import { publicationEventDetail, publicationEventKindLabels } from './describe-publication-event.ts';
import { letterSettingsFields, letterSettingsLabels } from '../letter-settings/letter-settings-page.ts';

const kindLabels: Record<string, string> = {
  ...publicationEventKindLabels,
  ...consultationEventKindLabels,
  'agency.created': '登记机关',
  'agency.updated': '修改机关信息',
  'user.created': '创建用户',
  'user.logged-in': '登录',
  'user.logged-out': '退出登录',
  'user.login-failed': '登录失败',
  'user.locked': '账号锁定',
  'user.password-changed': '修改密码',
  'letter.issued': '出具文书',
  'attachment.added': '添加申请材料',
  'letterSettings.updated': '修改文书设置',
  'letterTemplate.saved': '修改文书模板',
  'letterTemplate.reset': '文书模板恢复默认',
  'annualReport.draftCreated': '开始编制本机关年度报告',
  'annualReport.recomputed': '重新计算年度报告表三、表四',
  'annualReport.cellsSaved': '修改年度报告统计表',
  'annualReport.sectionsSaved': '修改年度报告正文',
  'annualReport.published': '发布年度报告',
  'annualReport.corrected': '发布年度报告更正版',
  'report.imported': '导入年度报告',
  'report.reimported': '重新导入年度报告',
  'report.deleted': '删除导入的年度报告',
  'website.columnAdded': '添加网站栏目',
  'website.columnRemoved': '删除网站栏目',
  'website.accountAdded': '添加政务新媒体账号',
  'website.accountUpdated': '填写新媒体最近更新日期',
  'website.statisticsSaved': '填报网站与新媒体统计数据',
  'website.checked': '检查网站',
};

export function eventKindLabel(kind: string): string {
  return kindLabels[kind] ?? kind;
}

/** Who did it, in words: staff by name where known, the public, or a named system actor. */
export function eventActorLabel(actor: string, staffNames: ReadonlyMap<string, string>): string {
  if (actor === 'public') return '公众（未登录）';
  if (actor.startsWith('system:')) return `系统（${actor.slice('system:'.length)}）`;
  if (actor.startsWith('staff:')) return staffNames.get(actor.slice('staff:'.length)) ?? '其他机关工作人员';
  return actor;
}

function fieldLabel(field: string): string {
  return (agencyFieldLabels as Record<string, string>)[field] ?? field;
}

/** An annual report event: the year, then what changed (cells, sections, revision and note). */
function annualReportEventDetail(data: Record<string, unknown>): string {
  const parts = [`${String(data.year)}年度`];
  if (Array.isArray(data.changes)) parts.push(`${data.changes.length} 个单元格有变化`);
  if (Array.isArray(data.sections)) parts.push(`修改了 ${data.sections.length} 个部分`);
  if (typeof data.revision === 'number') parts.push(`第${data.revision}版`);
  if (typeof data.correctionNote === 'string') parts.push(`更正说明：${data.correctionNote}`);
  return parts.join('；');
}

/** A one-line summary of an event's payload for the log table. */
export function eventDetail(kind: string, payload: unknown): string {
  const data = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
  const publicationDetail = publicationEventDetail(kind, data);
  if (publicationDetail !== null) return publicationDetail;
  const consultationDetail = consultationEventDetail(kind, data);
  if (consultationDetail !== null) return consultationDetail;
  if (kind === 'agency.updated' && data.changed && typeof data.changed === 'object') {
    return `修改了：${Object.keys(data.changed).map(fieldLabel).join('、')}`;
  }
  if (kind === 'user.created') {
    const grantedRoles = Array.isArray(data.roles)
      ? data.roles.filter((role): role is string => typeof role === 'string')
      : [];
    return `用户名 ${String(data.username ?? '')}；角色：${grantedRoles.map((role) => (isRole(role) ? roleLabels[role] : role)).join('、')}`;
  }
  if (kind === 'letter.issued' && typeof data.kind === 'string') {
    const label = (letterKindLabels as Record<string, string>)[data.kind] ?? data.kind;
    const number = typeof data.documentNumber === 'string' ? `文号：${data.documentNumber}` : '无文号';
    return `${label}；${number}`;
  }
  if (kind === 'letterSettings.updated' && data.changed && typeof data.changed === 'object') {
    // Stored as jsonb, whose keys come back in its own order: list them in the form's order.
    const changed = Object.keys(data.changed);
    const fields = letterSettingsFields.filter((field) => changed.includes(field));
    return `修改了：${fields.map((field) => letterSettingsLabels[field]).join('、')}`;
  }
  if (
    (kind === 'letterTemplate.saved' || kind === 'letterTemplate.reset') &&
    typeof data.templateKey === 'string'
  ) {
    return isLetterTemplateKey(data.templateKey) ? letterTemplateLabel(data.templateKey) : data.templateKey;
  }
  if (kind === 'report.imported' || kind === 'report.reimported' || kind === 'report.deleted') {
    const agency = typeof data.reportedAgencyName === 'string' ? data.reportedAgencyName : '未识别机关';
    const year = typeof data.year === 'number' ? `${data.year}年` : '年度未识别';
    return `${agency} ${year}；来源：${String(data.source ?? '')}`;
  }
  if (kind.startsWith('annualReport.') && typeof data.year === 'number') return annualReportEventDetail(data);
  if (kind === 'attachment.added' && typeof data.kind === 'string') {
    return `${attachmentKindLabel(data.kind)}；${typeof data.description === 'string' ? data.description : ''}`;
  }
  if (typeof data.clientAddress === 'string') return `来源地址 ${data.clientAddress}`;
  if (kind === 'agency.created') return `${String(data.name ?? '')}`;
  const text = JSON.stringify(data);
  if (text === '{}') return '';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
