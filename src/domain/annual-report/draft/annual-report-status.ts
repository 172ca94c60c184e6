/**
 * Where a year's report stands: 未开始 (nothing yet), 编制中 (a draft, never published), 已发布
 * (published once), 已更正 (a correction was published after the first publication).
 */
export type AnnualReportStatus = 'notStarted' | 'drafting' | 'published' | 'corrected';

export const annualReportStatusLabels: Record<AnnualReportStatus, string> = {
  notStarted: '未开始',
  drafting: '编制中',
  published: '已发布',
  corrected: '已更正',
};

export function annualReportStatusOf(options: {
  hasDraft: boolean;
  latestRevision: number | null;
}): AnnualReportStatus {
  if (options.latestRevision !== null) return options.latestRevision > 1 ? 'corrected' : 'published';
  return options.hasDraft ? 'drafting' : 'notStarted';
}
