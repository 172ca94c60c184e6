import { isPublishedLate } from '../../domain/annual-report/draft/annual-report-deadline.ts';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import type { AgencyRow } from '../../db/repositories/agencies.ts';
import {
  listAnnualReportPublicationRevisions,
  listAnnualReportPublicationSummaries,
} from '../../db/repositories/annual-report-publications.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { annualReportDeadlineOf } from './annual-report-deadline-of-agency.ts';
import { storedPublicationOf, type StoredAnnualReportPublication } from './stored-draft.ts';

/**
 * Published reports are public (Art. 49: published to society), so these read without an actor:
 * only what was published is ever returned, never a draft.
 */
export type PublishedYear = {
  year: number;
  latestRevision: number;
  firstPublishedOn: IsoDate;
  latestPublishedOn: IsoDate;
};

export async function listPublishedAnnualReports(
  context: UseCaseContext,
  options: { agencyId: string },
): Promise<PublishedYear[]> {
  const summaries = await listAnnualReportPublicationSummaries(context.db, {
    scope: { kind: 'agency', agencyId: options.agencyId },
    agencyId: options.agencyId,
  });
  return summaries.map((summary) => ({
    year: summary.year,
    latestRevision: summary.latestRevision,
    firstPublishedOn: isoDateInShanghai(summary.firstPublishedAt),
    latestPublishedOn: isoDateInShanghai(summary.latestPublishedAt),
  }));
}

export type PublishedAnnualReport = {
  latest: StoredAnnualReportPublication;
  firstPublishedOn: IsoDate;
  /** The corrections, latest first (revision, date, note); empty when never corrected. */
  corrections: Array<{ revision: number; publishedOn: IsoDate; note: string }>;
  isLate: boolean;
};

/** The latest revision of the agency's published report of `year`; none published → NotFoundError. */
export async function getPublishedAnnualReport(
  context: UseCaseContext,
  options: { agency: AgencyRow; year: number },
): Promise<PublishedAnnualReport> {
  const rows = await listAnnualReportPublicationRevisions(context.db, {
    agencyId: options.agency.id,
    year: options.year,
  });
  const [latestRow] = rows;
  const firstRow = rows.at(-1);
  if (!latestRow || !firstRow) throw new NotFoundError(`${options.year}年度报告尚未发布`);
  const firstPublishedOn = isoDateInShanghai(firstRow.publishedAt);
  return {
    latest: storedPublicationOf(latestRow),
    firstPublishedOn,
    corrections: rows
      .filter((row) => row.revision > 1)
      .map((row) => ({
        revision: row.revision,
        publishedOn: isoDateInShanghai(row.publishedAt),
        note: row.correctionNote ?? '',
      })),
    isLate: isPublishedLate({
      deadline: annualReportDeadlineOf({ agency: options.agency, year: options.year }),
      firstPublishedOn,
    }),
  };
}
