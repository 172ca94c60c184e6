import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import {
  annualReportStatusOf,
  type AnnualReportStatus,
} from '../../domain/annual-report/draft/annual-report-status.ts';
import { isOverdue, isPublishedLate } from '../../domain/annual-report/draft/annual-report-deadline.ts';
import { isoDateInShanghai, yearOf, type IsoDate } from '../../domain/calendar/iso-date.ts';
import { agencyTarget, findAgencyById } from '../../db/repositories/agencies.ts';
import { listAnnualReportDraftYears } from '../../db/repositories/annual-report-drafts.ts';
import { listAnnualReportPublicationSummaries } from '../../db/repositories/annual-report-publications.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { annualReportDeadlineOf } from './annual-report-deadline-of-agency.ts';
import { firstDraftYear } from './stored-draft.ts';

export type AnnualReportYear = {
  year: number;
  status: AnnualReportStatus;
  deadline: IsoDate;
  latestRevision: number | null;
  firstPublishedOn: IsoDate | null;
  latestPublishedOn: IsoDate | null;
  /** First published after the deadline, or still unpublished once it passed. */
  isLate: boolean;
};

/**
 * The agency's annual reports by year, newest first: the year before this one and this year
 * always, with every year that has a draft or a publication. Needs `report.view`.
 */
export async function listAnnualReportYears(
  context: UseCaseContext,
  actor: Actor,
  options: { agencyId: string },
): Promise<AnnualReportYear[]> {
  const agency = await findAgencyById(context.db, options.agencyId);
  if (!agency) throw new NotFoundError('机关不存在');
  assertMay(actor, 'report.view', await agencyTarget(context.db, agency.id));
  const today = isoDateInShanghai(context.now());
  const currentYear = yearOf(today);
  const draftYears = new Set(await listAnnualReportDraftYears(context.db, agency.id));
  const publications = await listAnnualReportPublicationSummaries(context.db, {
    scope: { kind: 'agency', agencyId: agency.id },
    agencyId: agency.id,
  });
  const byYear = new Map(publications.map((summary) => [summary.year, summary]));
  const years = new Set<number>([...draftYears, ...byYear.keys()]);
  for (const year of [currentYear - 1, currentYear]) if (year >= firstDraftYear) years.add(year);
  return [...years]
    .sort((left, right) => right - left)
    .map((year): AnnualReportYear => {
      const summary = byYear.get(year);
      const deadline = annualReportDeadlineOf({ agency, year });
      const firstPublishedOn = summary ? isoDateInShanghai(summary.firstPublishedAt) : null;
      return {
        year,
        status: annualReportStatusOf({
          hasDraft: draftYears.has(year),
          latestRevision: summary?.latestRevision ?? null,
        }),
        deadline,
        latestRevision: summary?.latestRevision ?? null,
        firstPublishedOn,
        latestPublishedOn: summary ? isoDateInShanghai(summary.latestPublishedAt) : null,
        isLate:
          firstPublishedOn === null
            ? isOverdue({ deadline, today })
            : isPublishedLate({ deadline, firstPublishedOn }),
      };
    });
}
