import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { insertImportedReport } from '../../src/db/repositories/imported-reports.ts';
import { annualReportPublications } from '../../src/db/schema/index.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import { AccessDeniedError } from '../../src/domain/access/policy.ts';
import { createBlankReport, type AnnualReport } from '../../src/domain/annual-report/annual-report.ts';
import { numberCell, type CellValue } from '../../src/domain/annual-report/cell-value.ts';
import type { CheckFinding } from '../../src/domain/annual-report/checks/check-finding.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { applyCaseCommand } from '../../src/use-cases/disclosure-requests/apply-case-command.ts';
import { registerRequest } from '../../src/use-cases/disclosure-requests/register-request.ts';
import { aggregateSupervisedReports } from '../../src/use-cases/supervision/aggregate-supervised-reports.ts';
import { listAnnualReportStatus } from '../../src/use-cases/supervision/list-annual-report-status.ts';
import { listRequestLateness } from '../../src/use-cases/supervision/list-request-lateness.ts';
import { staffRegistrationInput } from '../support/disclosure-requests.ts';
import { contextFor, makeAgency, makeStaff } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';

// Today: Monday 2 June 2025 (Beijing): every Art. 49 deadline of the 2024 reports has passed.
const now = () => new Date('2025-06-02T10:00:00+08:00');
const received = 'table3.newlyReceived.total';
const regulationsIssued = 'table2.regulations.issued';

let handle: DatabaseHandle;
let context: UseCaseContext;
let city: AgencyRow;
let transport: AgencyRow;
let civilAffairs: AgencyRow;
let district: AgencyRow;
let districtCommerce: AgencyRow;
let supervisor: StaffActor;
let districtSupervisor: StaffActor;
let transportAdmin: StaffActor;
let transportHandler: StaffActor;
let caseHandlerOnly: StaffActor;

function reportOf(options: { year?: number; cells: Record<string, CellValue> }): AnnualReport {
  const report = createBlankReport({ format: '2021', year: options.year ?? 2024 });
  Object.assign(report.cells, options.cells);
  return report;
}

const softFinding: CheckFinding = {
  ruleId: 8,
  severity: 'soft',
  expression: 'y',
  cellKeys: [],
  message: '文字与表格不符',
};

async function publish(options: {
  agency: AgencyRow;
  revision: number;
  publishedAt: string;
  report: AnnualReport;
  findings?: CheckFinding[];
  year?: number;
}): Promise<void> {
  await handle.db.insert(annualReportPublications).values({
    id: randomUUID(),
    agencyId: options.agency.id,
    year: options.year ?? 2024,
    revision: options.revision,
    report: options.report,
    checkFindings: options.findings ?? [],
    correctionNote: options.revision > 1 ? '更正表三' : null,
    publishedAt: new Date(options.publishedAt),
    publishedBy: 'test',
  });
}

async function storeImport(options: {
  owner: AgencyRow;
  reportedAgencyName: string;
  linkedAgency?: AgencyRow;
  report: AnnualReport;
  hardFailureCount?: number;
}): Promise<string> {
  const row = await insertImportedReport(handle.db, {
    id: randomUUID(),
    agencyId: options.owner.id,
    reportedAgencyName: options.reportedAgencyName,
    linkedAgencyId: options.linkedAgency?.id ?? null,
    year: options.report.year,
    format: options.report.format,
    source: `${options.reportedAgencyName}.html`,
    sha256: randomUUID(),
    report: options.report,
    importFindings: [],
    checkFindings: [],
    sectionsFound: 6,
    cellsRead: 200,
    hardFailureCount: options.hardFailureCount ?? 0,
    warningCount: 1,
    importedAt: new Date('2025-05-10T09:00:00+08:00'),
    importedBy: 'test',
  });
  return row.id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  city = await makeAgency(context, { slug: 'sv-city', name: '云阳市人民政府办公室' });
  transport = await makeAgency(context, {
    slug: 'sv-transport',
    name: '云阳市交通运输局',
    parentSlug: 'sv-city',
  });
  civilAffairs = await makeAgency(context, { slug: 'sv-civil', name: '云阳市民政局', parentSlug: 'sv-city' });
  const water = await makeAgency(context, { slug: 'sv-water', name: '云阳市水利局', parentSlug: 'sv-city' });
  await makeAgency(context, { slug: 'sv-education', name: '云阳市教育局', parentSlug: 'sv-city' });
  district = await makeAgency(context, {
    slug: 'sv-district',
    name: '云阳市东湖区人民政府办公室',
    level: 'county',
    parentSlug: 'sv-city',
  });
  districtCommerce = await makeAgency(context, {
    slug: 'sv-district-commerce',
    name: '云阳市东湖区商务局',
    level: 'county',
    parentSlug: 'sv-district',
  });
  const otherCity = await makeAgency(context, { slug: 'sv-other', name: '海山市人民政府办公室' });
  supervisor = (await makeStaff(context, { agency: city, roles: ['supervisor'] })).actor;
  districtSupervisor = (await makeStaff(context, { agency: district, roles: ['supervisor'] })).actor;
  transportAdmin = (await makeStaff(context, { agency: transport, roles: ['agencyAdmin'] })).actor;
  transportHandler = (await makeStaff(context, { agency: transport, roles: ['caseHandler'] })).actor;
  caseHandlerOnly = (await makeStaff(context, { agency: civilAffairs, roles: ['caseHandler'] })).actor;

  // The city government's report: by 31 March (government), published 20 March — on time.
  await publish({
    agency: city,
    revision: 1,
    publishedAt: '2025-03-20T10:00:00+08:00',
    report: reportOf({ cells: { [received]: numberCell(40), [regulationsIssued]: numberCell(2) } }),
  });
  // Transport: on time on 20 January, corrected on 15 February (the correction counts in the sums).
  await publish({
    agency: transport,
    revision: 1,
    publishedAt: '2025-01-20T10:00:00+08:00',
    report: reportOf({
      cells: { [received]: numberCell(100), [regulationsIssued]: { kind: 'notApplicable', text: '/' } },
    }),
  });
  await publish({
    agency: transport,
    revision: 2,
    publishedAt: '2025-02-15T10:00:00+08:00',
    report: reportOf({
      cells: { [received]: numberCell(10), [regulationsIssued]: { kind: 'notApplicable', text: '/' } },
    }),
    findings: [softFinding],
  });
  // Civil affairs: a department, published 10 February — late; two warnings from its checks.
  await publish({
    agency: civilAffairs,
    revision: 1,
    publishedAt: '2025-02-10T10:00:00+08:00',
    report: reportOf({ cells: { [received]: numberCell(7) } }),
    findings: [softFinding, softFinding],
  });
  // District commerce (two levels down): on time; its 2023 report must not count for 2024.
  await publish({
    agency: districtCommerce,
    revision: 1,
    publishedAt: '2025-01-25T10:00:00+08:00',
    report: reportOf({ cells: { [received]: numberCell(0) } }),
  });
  await publish({
    agency: districtCommerce,
    year: 2023,
    revision: 1,
    publishedAt: '2024-01-25T10:00:00+08:00',
    report: reportOf({ year: 2023, cells: { [received]: numberCell(999) } }),
  });
  // Water: only an imported copy of its published report; it left table 三's cell blank.
  await storeImport({
    owner: city,
    reportedAgencyName: '云阳市水利局',
    linkedAgency: water,
    report: reportOf({
      cells: { [received]: { kind: 'blank', text: '' }, [regulationsIssued]: numberCell(1) },
    }),
    hardFailureCount: 3,
  });
  // An agency that is not on the platform, imported by the city.
  await storeImport({
    owner: city,
    reportedAgencyName: '云阳市气象局',
    report: reportOf({ cells: { [received]: numberCell(5) } }),
  });
  // Outside the subtree: must never show.
  await publish({
    agency: otherCity,
    revision: 1,
    publishedAt: '2025-03-01T10:00:00+08:00',
    report: reportOf({ cells: { [received]: numberCell(5000) } }),
  });
  await storeImport({
    owner: otherCity,
    reportedAgencyName: '海山市气象局',
    report: reportOf({ cells: {} }),
  });
});
afterAll(async () => handle.close());

describe('listAnnualReportStatus', () => {
  it('gives each agency of the subtree its status and timeliness against Art. 49', async () => {
    const listing = await listAnnualReportStatus(context, supervisor, { year: 2024 });
    const byName = new Map(listing.entries.map((entry) => [entry.agencyName, entry]));
    expect([...byName.keys()].sort()).toEqual(
      [
        '云阳市人民政府办公室',
        '云阳市交通运输局',
        '云阳市民政局',
        '云阳市水利局',
        '云阳市教育局',
        '云阳市东湖区人民政府办公室',
        '云阳市东湖区商务局',
        '云阳市气象局',
      ].sort(),
    );
    expect(byName.get('云阳市人民政府办公室')).toMatchObject({
      status: 'published',
      reportingBodyKind: 'government',
      deadline: '2025-03-31',
      timeliness: 'onTime',
    });
    expect(byName.get('云阳市交通运输局')).toMatchObject({
      status: 'published',
      deadline: '2025-01-31',
      timeliness: 'onTime',
      publication: { revision: 2, firstPublishedOn: '2025-01-20', latestPublishedOn: '2025-02-15' },
      hardFailureCount: 0,
      warningCount: 1,
    });
    expect(byName.get('云阳市民政局')).toMatchObject({
      status: 'published',
      timeliness: 'late',
      hardFailureCount: 0,
      warningCount: 2,
    });
    expect(byName.get('云阳市水利局')).toMatchObject({
      status: 'importedOnly',
      timeliness: 'unknown',
      isOnPlatform: true,
      hardFailureCount: 3,
    });
    expect(byName.get('云阳市教育局')).toMatchObject({ status: 'missing', timeliness: 'overdue' });
    expect(byName.get('云阳市东湖区人民政府办公室')).toMatchObject({
      status: 'missing',
      deadline: '2025-03-31',
    });
    expect(byName.get('云阳市东湖区商务局')).toMatchObject({ status: 'published', timeliness: 'onTime' });
    expect(byName.get('云阳市气象局')).toMatchObject({
      status: 'importedOnly',
      isOnPlatform: false,
      agencyId: null,
    });
    expect(listing.statusCounts).toEqual({ published: 4, importedOnly: 2, missing: 2 });
    // Late: civil affairs (published late), education and the district office (not published).
    expect(listing.lateCount).toBe(3);
  });

  it('filters by status, lateness and name, and pages', async () => {
    const late = await listAnnualReportStatus(context, supervisor, { year: 2024, isLateOnly: true });
    expect(late.entries.map((entry) => entry.agencyName).sort()).toEqual(
      ['云阳市东湖区人民政府办公室', '云阳市教育局', '云阳市民政局'].sort(),
    );
    const missing = await listAnnualReportStatus(context, supervisor, {
      year: 2024,
      status: 'missing',
      name: '教育',
    });
    expect(missing.entries.map((entry) => entry.agencyName)).toEqual(['云阳市教育局']);
    const firstPage = await listAnnualReportStatus(context, supervisor, { year: 2024, pageSize: 3 });
    const lastPage = await listAnnualReportStatus(context, supervisor, { year: 2024, pageSize: 3, page: 99 });
    expect([firstPage.total, firstPage.pageCount, firstPage.entries.length]).toEqual([8, 3, 3]);
    expect([lastPage.page, lastPage.entries.length]).toEqual([3, 2]);
  });

  it('says not yet due before the deadline', async () => {
    const listing = await listAnnualReportStatus(context, supervisor, { year: 2025, name: '教育' });
    expect(listing.entries[0]).toMatchObject({
      status: 'missing',
      timeliness: 'notYetDue',
      deadline: '2026-01-31',
    });
  });

  it('shows a district supervisor its own subtree only, an agency administrator its agency only', async () => {
    const forDistrict = await listAnnualReportStatus(context, districtSupervisor, { year: 2024 });
    expect(forDistrict.entries.map((entry) => entry.agencyName).sort()).toEqual(
      ['云阳市东湖区人民政府办公室', '云阳市东湖区商务局'].sort(),
    );
    const forAdmin = await listAnnualReportStatus(context, transportAdmin, { year: 2024 });
    expect(forAdmin.entries.map((entry) => entry.agencyName)).toEqual(['云阳市交通运输局']);
  });

  it('refuses other roles and explains bad input in Chinese', async () => {
    await expect(listAnnualReportStatus(context, caseHandlerOnly, { year: 2024 })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(listAnnualReportStatus(context, supervisor, { year: 1999 })).rejects.toMatchObject({
      name: 'ValidationError',
      fieldErrors: { year: '年度不能早于2008年' },
    });
  });
});

/** The use case's context with every SQL statement counted. */
function countingContext(): { context: UseCaseContext; statements: () => number } {
  let count = 0;
  const db = new Proxy(handle.db, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== 'execute' || typeof value !== 'function') return value;
      return (...parameters: unknown[]) => {
        count += 1;
        return (value as (...inner: unknown[]) => unknown).apply(target, parameters);
      };
    },
  });
  return { context: { ...context, db }, statements: () => count };
}

describe('query count', () => {
  it('sends the same few statements for a subtree of 8 agencies as for one of 2 (no query per agency)', async () => {
    const counts: number[] = [];
    for (const actor of [supervisor, districtSupervisor]) {
      const forStatus = countingContext();
      await listAnnualReportStatus(forStatus.context, actor, { year: 2024 });
      const forAggregate = countingContext();
      await aggregateSupervisedReports(forAggregate.context, actor, { year: 2024 });
      counts.push(forStatus.statements(), forAggregate.statements());
    }
    expect(counts).toEqual([3, 3, 3, 3]);
  });
});

describe('aggregateSupervisedReports', () => {
  it('adds the latest revisions, imported copies for the others, and lists who is missing', async () => {
    const result = await aggregateSupervisedReports(context, supervisor, { year: 2024 });
    const sources = Object.fromEntries(result.coverage.map((entry) => [entry.agencyName, entry.source]));
    expect(sources).toEqual({
      云阳市人民政府办公室: 'platform',
      云阳市交通运输局: 'platform',
      云阳市民政局: 'platform',
      云阳市水利局: 'imported',
      云阳市教育局: 'missing',
      云阳市东湖区人民政府办公室: 'missing',
      云阳市东湖区商务局: 'platform',
      云阳市气象局: 'imported',
    });
    expect(result.missingAgencyNames.sort()).toEqual(['云阳市东湖区人民政府办公室', '云阳市教育局'].sort());
    const cell = (key: string) => result.aggregate.cells.find((entry) => entry.cellKey === key);
    // 40 (city) + 10 (transport, revision 2) + 7 (civil affairs) + 0 (district commerce) + 5 (meteorology);
    // water left it blank.
    expect(cell(received)).toMatchObject({ sum: 62, numberCount: 5, blankCount: 1, notApplicableCount: 0 });
    // 2 (city) + 1 (water); transport "/"; civil affairs, district commerce and meteorology blank.
    expect(cell(regulationsIssued)).toMatchObject({
      sum: 3,
      numberCount: 2,
      notApplicableCount: 1,
      blankCount: 3,
    });
    expect(result.aggregate.included).toHaveLength(6);
  });

  it('keeps an agency administrator to its own agency', async () => {
    const result = await aggregateSupervisedReports(context, transportAdmin, { year: 2024 });
    expect(result.coverage.map((entry) => entry.agencyName)).toEqual(['云阳市交通运输局']);
    expect(result.aggregate.cells.find((entry) => entry.cellKey === received)?.sum).toBe(10);
  });
});

describe('listRequestLateness', () => {
  it('counts open cases per agency by phase, overdue and due soon, without applicant data', async () => {
    const register = (receivedOn: string, agency: AgencyRow) =>
      registerRequest(
        context,
        transportHandler,
        staffRegistrationInput({ agencySlug: agency.slug, receivedOn, channel: 'inPerson' }),
      );
    // Received 1 April: due 29 April, overdue; 6 May: due soon; 30 May: new; a withdrawn one is finished.
    await register('2025-04-01', transport);
    await register('2025-04-02', transport);
    await register('2025-05-06', transport);
    await register('2025-05-30', transport);
    const withdrawn = await register('2025-05-30', transport);
    await applyCaseCommand(context, transportHandler, {
      requestId: withdrawn.requestId,
      expectedVersion: 1,
      command: { type: 'withdraw', date: '2025-05-31', reason: '申请人撤回' },
    });
    const listing = await listRequestLateness(context, supervisor, {});
    expect(listing.entries[0]).toMatchObject({
      agencyName: '云阳市交通运输局',
      openCount: 4,
      overdueCount: 2,
      dueSoonCount: 1,
      phaseCounts: { new: 1, overdue: 2, dueSoon: 1, inProgress: 0 },
    });
    expect(listing.totals).toMatchObject({ openCount: 4, overdueCount: 2, dueSoonCount: 1 });
    expect(listing.total).toBe(7);
    expect(JSON.stringify(listing)).not.toMatch(/张三|330402|13812345678|专项资金/);
    const withCases = await listRequestLateness(context, supervisor, { isWithOpenCasesOnly: true });
    expect(withCases.entries.map((entry) => entry.agencyName)).toEqual(['云阳市交通运输局']);
    const forDistrict = await listRequestLateness(context, districtSupervisor, {});
    expect(forDistrict.totals.openCount).toBe(0);
    await expect(listRequestLateness(context, transportHandler, {})).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
  });
});
