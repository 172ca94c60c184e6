import { z } from 'zod';
import type { AnnualReport } from '../../domain/annual-report/annual-report.ts';
import type { CellSources } from '../../domain/annual-report/draft/cell-source.ts';
import type { ReportDraft } from '../../domain/annual-report/draft/report-draft.ts';
import type { AnnualReportDraftRow } from '../../db/repositories/annual-report-drafts.ts';
import type { AnnualReportPublicationRow } from '../../db/repositories/annual-report-publications.ts';
import type { CheckFinding } from '../../domain/annual-report/checks/check-finding.ts';
import { ConflictError } from '../errors.ts';

/** A stored draft with its JSON columns typed (they hold exactly what these use cases wrote). */
export type StoredAnnualReportDraft = Omit<AnnualReportDraftRow, 'report' | 'cellSources'> & ReportDraft;

export function storedDraftOf(row: AnnualReportDraftRow): StoredAnnualReportDraft {
  return { ...row, report: row.report as AnnualReport, cellSources: row.cellSources as CellSources };
}

/** A stored publication with its JSON columns typed. */
export type StoredAnnualReportPublication = Omit<AnnualReportPublicationRow, 'report' | 'checkFindings'> & {
  report: AnnualReport;
  checkFindings: CheckFinding[];
};

export function storedPublicationOf(row: AnnualReportPublicationRow): StoredAnnualReportPublication {
  return { ...row, report: row.report as AnnualReport, checkFindings: row.checkFindings as CheckFinding[] };
}

/** The first year the platform prepares: the current format (国办公开办函〔2021〕30号) applies from 2021. */
export const firstDraftYear = 2021;

export const agencyYearSchema = z.object({
  agencyId: z.uuid({ error: '机关无效' }),
  year: z
    .number({ error: '年度无效' })
    .int({ error: '年度无效' })
    .min(firstDraftYear, { error: `平台按2021年格式编制年度报告，年度不能早于${firstDraftYear}年` })
    .max(2100, { error: '年度无效' }),
});

export const expectedVersionSchema = z
  .number({ error: '草稿版本无效' })
  .int()
  .min(1, { error: '草稿版本无效' });

/** Thrown when the draft changed since the page was opened: nothing was saved. */
export function staleDraftError(): ConflictError {
  return new ConflictError(
    '该年度报告草稿已被他人修改，您的修改未保存。请核对最新内容后重新提交（您填写的内容已保留）。',
  );
}
