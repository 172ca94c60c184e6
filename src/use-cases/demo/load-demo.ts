import type { SystemActor } from '../../domain/access/actor.ts';
import { findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { findUserByUsername } from '../../db/repositories/users.ts';
import { createAgency } from '../agencies/create-agency.ts';
import type { UseCaseContext } from '../context.ts';
import { createUser } from '../users/create-user.ts';
import { demoAccounts, demoAgency, demoPassword, demoSupervisingAgency } from './demo-agencies.ts';
import { loadDemoAnnualReports, type DemoAnnualReportsResult } from './demo-annual-reports.ts';
import { loadDemoPublications, type DemoPublicationsResult } from './demo-publications.ts';
import { loadDemoRequests, type DemoRequestsResult } from './demo-requests.ts';

export type DemoAccountResult = {
  username: string;
  displayName: string;
  agencySlug: string;
  password: string;
  isNew: boolean;
};

export type DemoResult = {
  createdAgencies: string[];
  accounts: DemoAccountResult[];
  requests: DemoRequestsResult;
  annualReports: DemoAnnualReportsResult;
  publications: DemoPublicationsResult;
};

/**
 * Loads the demo agency (slug `demo`, 示例市商务局), its supervising office and one account per
 * role. Every step first looks for what it would create, so repeated runs add nothing twice.
 * Later modules add their demo records as further steps.
 */
export async function loadDemo(
  context: UseCaseContext,
  options: { actor: SystemActor; passwordFor?: (username: string) => string },
): Promise<DemoResult> {
  const createdAgencies: string[] = [];
  for (const agency of [demoSupervisingAgency, demoAgency]) {
    if (await findAgencyBySlug(context.db, agency.slug)) continue;
    await createAgency(context, options.actor, agency);
    createdAgencies.push(agency.slug);
  }
  const accounts: DemoAccountResult[] = [];
  for (const account of demoAccounts) {
    const existing = await findUserByUsername(context.db, account.username);
    if (existing) {
      accounts.push({ ...account, password: '（已存在，未更改）', isNew: false });
      continue;
    }
    const password = options.passwordFor?.(account.username) ?? demoPassword;
    await createUser(context, options.actor, { ...account, password });
    accounts.push({ ...account, password, isNew: true });
  }
  const requests = await loadDemoRequests(context, { actor: options.actor });
  const annualReports = await loadDemoAnnualReports(context, { actor: options.actor });
  const publications = await loadDemoPublications(context);
  return { createdAgencies, accounts, requests, annualReports, publications };
}
