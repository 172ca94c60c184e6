import { reviewLevelLabels } from '../../../domain/publications/publication-status.ts';
import { validityLabels, type Validity } from '../../../domain/publications/catalogue-entry.ts';

/** The event log's names of the catalogue events (主动公开). */
export const publicationEventKindLabels: Record<string, string> = {
  'publication.drafted': '新建公开目录条目',
  'publication.edited': '修改公开目录条目',
  'publication.submitted': '提交公开信息审核',
  'publication.signedOff': '公开信息审核通过',
  'publication.returned': '公开信息退回供稿人',
  'publication.published': '发布公开信息',
  'publication.withdrawn': '撤回已发布信息',
  'publication.validityChanged': '变更公开信息有效性',
  'publicationSettings.updated': '修改主动公开设置（索引号格式）',
};

function levelOf(data: Record<string, unknown>): string {
  const signOff = data.signOff as { level?: unknown; opinion?: unknown } | undefined;
  const level = signOff?.level;
  const label = level === 1 || level === 2 || level === 3 ? reviewLevelLabels[level] : '';
  return typeof signOff?.opinion === 'string' ? `${label}；意见：${signOff.opinion}` : label;
}

/** A one-line summary of a catalogue event's payload; null for other events. */
export function publicationEventDetail(kind: string, data: Record<string, unknown>): string | null {
  if (!kind.startsWith('publication.')) return null;
  const findings =
    typeof data.findingCount === 'number' && data.findingCount > 0
      ? `；疑似个人信息${data.findingCount}处，依据：${String(data.personalInformationJustification ?? '')}`
      : '';
  switch (kind) {
    case 'publication.drafted':
      return String(data.title ?? '');
    case 'publication.edited':
      return Array.isArray(data.changed) ? `修改了${data.changed.length}项` : '';
    case 'publication.submitted':
      return `提交审核${findings}`;
    case 'publication.signedOff':
    case 'publication.returned':
      return levelOf(data);
    case 'publication.published':
      return `索引号 ${String(data.indexNumber ?? '')}${findings}`;
    case 'publication.withdrawn':
      return `理由：${String(data.reason ?? '')}`;
    case 'publication.validityChanged': {
      const validity = data.validity as Validity | undefined;
      return validity && Object.hasOwn(validityLabels, validity) ? validityLabels[validity] : '';
    }
    default:
      return null;
  }
}
