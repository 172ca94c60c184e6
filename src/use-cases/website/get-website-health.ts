import type { Actor } from '../../domain/access/actor.ts';
import { may } from '../../domain/access/policy.ts';
import {
  computeSectionOneFigures,
  type SectionOneFigures,
} from '../../domain/website/section-one-figures.ts';
import { agencyTarget, type AgencyRow } from '../../db/repositories/agencies.ts';
import {
  findLatestWebsiteCheckRun,
  listNewMediaAccounts,
  listNewMediaStatistics,
  listServiceStatistics,
  listWebsiteColumns,
  type NewMediaAccountRow,
  type NewMediaStatisticsRow,
  type ServiceStatisticsRow,
  type WebsiteCheckFindingRow,
  type WebsiteCheckRunRow,
  type WebsiteColumnRow,
} from '../../db/repositories/website.ts';
import type { UseCaseContext } from '../context.ts';
import { findWebsiteAgency } from './find-website-agency.ts';

export type WebsiteHealth = {
  agency: AgencyRow;
  year: number;
  canManage: boolean;
  columns: WebsiteColumnRow[];
  accounts: NewMediaAccountRow[];
  newMediaStatistics: NewMediaStatisticsRow[];
  serviceStatistics: ServiceStatisticsRow[];
  latestRun: { run: WebsiteCheckRunRow; findings: WebsiteCheckFindingRow[] } | undefined;
  sectionOne: SectionOneFigures;
};

/**
 * The website page of an agency (`website.view`): its columns and new-media accounts, the year's
 * statistics, the latest check with its findings and the section 一 figures of the year.
 */
export async function getWebsiteHealth(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; year: number },
): Promise<WebsiteHealth> {
  const agency = await findWebsiteAgency(context.db, {
    actor,
    agencyId: input.agencyId,
    action: 'website.view',
  });
  const [columns, accounts, newMediaStatistics, serviceStatistics, latestRun] = await Promise.all([
    listWebsiteColumns(context.db, agency.id),
    listNewMediaAccounts(context.db, agency.id),
    listNewMediaStatistics(context.db, { agencyId: agency.id, year: input.year }),
    listServiceStatistics(context.db, { agencyId: agency.id, year: input.year }),
    findLatestWebsiteCheckRun(context.db, agency.id),
  ]);
  const sectionOne = computeSectionOneFigures({
    year: input.year,
    accounts: accounts.map((account) => ({
      platform: account.platform,
      name: account.name,
      entries: newMediaStatistics.filter((entry) => entry.accountId === account.id),
    })),
    service: serviceStatistics,
  });
  return {
    agency,
    year: input.year,
    canManage: may(actor, 'website.manage', await agencyTarget(context.db, agency.id)).isAllowed,
    columns,
    accounts,
    newMediaStatistics,
    serviceStatistics,
    latestRun,
    sectionOne,
  };
}
