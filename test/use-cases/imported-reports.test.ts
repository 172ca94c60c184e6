import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { listEventsForSubject } from '../../src/db/repositories/event-log.ts';
import { queryRows } from '../../src/db/query-rows.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import { AccessDeniedError } from '../../src/domain/access/policy.ts';
import { numberCell } from '../../src/domain/annual-report/cell-value.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { deleteImportedReport } from '../../src/use-cases/imported-reports/delete-imported-report.ts';
import { getImportedReport } from '../../src/use-cases/imported-reports/get-imported-report.ts';
import { importReportFiles } from '../../src/use-cases/imported-reports/import-report-files.ts';
import { listImportedReports } from '../../src/use-cases/imported-reports/list-imported-reports.ts';
import { contextFor, makeAgency, makeStaff } from '../support/factories.ts';
import { makeZip } from '../support/make-zip.ts';
import { exampleReportHtml } from '../support/report-files.ts';
import { createTestDatabase } from '../support/test-database.ts';

let handle: DatabaseHandle;
let context: UseCaseContext;
let city: AgencyRow;
let district: AgencyRow;
let otherCity: AgencyRow;
let citySupervisor: StaffActor;
let districtSupervisor: StaffActor;
let otherAdmin: StaffActor;
let districtCaseHandler: StaffActor;

async function storedCount(): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    handle.db,
    sql`select count(*)::int as count from imported_reports`,
  );
  return Number(rows[0]?.count ?? 0);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle);
  city = await makeAgency(context, { slug: 'yy-city', name: '云阳市人民政府办公室' });
  district = await makeAgency(context, {
    slug: 'yy-district',
    name: '云阳市东湖区人民政府办公室',
    parentSlug: 'yy-city',
  });
  await makeAgency(context, { slug: 'yy-transport', name: '云阳市交通运输局', parentSlug: 'yy-city' });
  otherCity = await makeAgency(context, { slug: 'hs-city', name: '海山市人民政府办公室' });
  citySupervisor = (await makeStaff(context, { agency: city, roles: ['supervisor'] })).actor;
  districtSupervisor = (await makeStaff(context, { agency: district, roles: ['supervisor'] })).actor;
  districtCaseHandler = (await makeStaff(context, { agency: district, roles: ['caseHandler'] })).actor;
  otherAdmin = (await makeStaff(context, { agency: otherCity, roles: ['agencyAdmin'] })).actor;
});
afterAll(async () => {
  await handle.close();
});

describe('importReportFiles', () => {
  it('stores the readable reports of a batch, reports the bad file and goes on', async () => {
    const first = exampleReportHtml({ seed: 11, agencyName: '云阳市交通运输局', year: 2023 });
    const second = exampleReportHtml({ seed: 12, agencyName: '云阳市农业农村局', year: 2023 });
    const before = await storedCount();
    const lines = await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [
        { kind: 'file', name: 'transport.html', bytes: first.bytes },
        { kind: 'file', name: 'notes.txt', bytes: new TextEncoder().encode('会议纪要：下周一开会。') },
        { kind: 'file', name: 'agriculture.html', bytes: second.bytes },
      ],
    });
    expect(lines.map((line) => line.outcome)).toEqual(['stored', 'failed', 'stored']);
    expect(lines[1]?.error).toContain('未在其中找到年度报告');
    expect(lines[0]?.summary).toMatchObject({
      agencyName: '云阳市交通运输局',
      year: 2023,
      hardFailures: 0,
      cellsRead: 200,
    });
    expect(await storedCount()).toBe(before + 2);
    const events = await listEventsForSubject(handle.db, {
      subjectType: 'importedReport',
      subjectId: lines[0]?.reportId ?? '',
    });
    expect(events.map((event) => event.kind)).toEqual(['report.imported']);
    expect(events[0]?.agencyId).toBe(city.id);
    // The reported agency is on the platform below the owner: linked by its exact name.
    const details = await getImportedReport(context, citySupervisor, { id: lines[0]?.reportId ?? '' });
    expect(details.linkedAgency?.slug).toBe('yy-transport');
    const unlinked = await getImportedReport(context, citySupervisor, { id: lines[2]?.reportId ?? '' });
    expect(unlinked.linkedAgency).toBeNull();
  });

  it('reads each file of a .zip archive', async () => {
    const inZip = exampleReportHtml({ seed: 13, agencyName: '云阳市水利局', year: 2022 });
    const lines = await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [
        {
          kind: 'file',
          name: 'reports.zip',
          bytes: makeZip([
            { name: 'water.html', text: inZip.text, isDeflated: true },
            { name: 'empty.txt', text: '' },
          ]),
        },
      ],
    });
    expect(lines.map((line) => [line.source, line.outcome])).toEqual([
      ['reports.zip#water.html', 'stored'],
      ['reports.zip#empty.txt', 'failed'],
    ]);
  });

  it('updates the stored report when the same bytes are imported again, never duplicating it', async () => {
    const report = exampleReportHtml({ seed: 14, agencyName: '云阳市民政局', year: 2023 });
    const upload = { kind: 'file' as const, name: 'civil.html', bytes: report.bytes };
    const [first] = await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [upload],
    });
    const before = await storedCount();
    const [again] = await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [{ ...upload, name: 'civil-copy.html' }],
    });
    expect(again?.outcome).toBe('updated');
    expect(again?.reportId).toBe(first?.reportId);
    expect(await storedCount()).toBe(before);
    const details = await getImportedReport(context, citySupervisor, { id: first?.reportId ?? '' });
    expect(details.stored.source).toBe('civil-copy.html');
    const events = await listEventsForSubject(handle.db, {
      subjectType: 'importedReport',
      subjectId: first?.reportId ?? '',
    });
    expect(events.map((event) => event.kind)).toEqual(['report.imported', 'report.reimported']);
  });

  it('refuses an actor who may not import for the owning agency, storing nothing', async () => {
    const report = exampleReportHtml({ seed: 15, agencyName: '云阳市林业局', year: 2023 });
    const before = await storedCount();
    for (const actor of [otherAdmin, districtCaseHandler, districtSupervisor]) {
      await expect(
        importReportFiles(context, actor, {
          ownerAgencyId: city.id,
          uploads: [{ kind: 'file', name: 'forest.html', bytes: report.bytes }],
        }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect(await storedCount()).toBe(before);
  });
});

describe('listImportedReports', () => {
  it('lists only the reports in the actor’s scope, with filters and the hard failures first', async () => {
    const broken = exampleReportHtml({
      seed: 16,
      agencyName: '东湖区教育局',
      year: 2024,
      adjust: (report) => {
        // Breaks rule 2 (the row total) of table 三.
        report.cells['table3.newlyReceived.total'] = numberCell(9999);
      },
    });
    const clean = exampleReportHtml({ seed: 17, agencyName: '东湖区卫生健康局', year: 2024 });
    await importReportFiles(context, districtSupervisor, {
      ownerAgencyId: district.id,
      uploads: [
        { kind: 'file', name: 'clean.html', bytes: clean.bytes },
        { kind: 'file', name: 'broken.html', bytes: broken.bytes },
      ],
    });
    const ofDistrict = await listImportedReports(context, districtSupervisor, {});
    expect(ofDistrict.rows.map((row) => row.reportedAgencyName)).toEqual([
      '东湖区教育局',
      '东湖区卫生健康局',
    ]);
    expect(ofDistrict.rows[0]?.hardFailureCount).toBeGreaterThan(0);
    // The city's supervisor sees its own imports and the district's (its subtree).
    const ofCity = await listImportedReports(context, citySupervisor, { year: 2024 });
    expect(ofCity.rows.map((row) => row.reportedAgencyName).sort()).toEqual([
      '东湖区卫生健康局',
      '东湖区教育局',
    ]);
    const failing = await listImportedReports(context, citySupervisor, { hasHardFailures: true, year: 2024 });
    expect(failing.rows.map((row) => row.reportedAgencyName)).toEqual(['东湖区教育局']);
    const named = await listImportedReports(context, citySupervisor, { agencyName: '卫生' });
    expect(named.rows.map((row) => row.reportedAgencyName)).toEqual(['东湖区卫生健康局']);
    expect(ofCity.years).toContain(2024);
    // Another city's administrator and a case handler of the district see nothing of them.
    expect((await listImportedReports(context, otherAdmin, {})).total).toBe(0);
    const handlerView = await listImportedReports(context, districtCaseHandler, {});
    expect(handlerView.rows.map((row) => row.reportedAgencyName).sort()).toEqual([
      '东湖区卫生健康局',
      '东湖区教育局',
    ]);
    expect(
      (await listImportedReports(context, districtSupervisor, {})).rows.some(
        (row) => row.ownerAgencyName === city.name,
      ),
    ).toBe(false);
  });

  it('pages through the list', async () => {
    const all = await listImportedReports(context, citySupervisor, {});
    const firstPage = await listImportedReports(context, citySupervisor, { pageSize: 2, page: 1 });
    const lastPage = await listImportedReports(context, citySupervisor, { pageSize: 2, page: 99 });
    expect(firstPage.rows).toHaveLength(2);
    expect(firstPage.pageCount).toBe(Math.ceil(all.total / 2));
    expect(lastPage.page).toBe(firstPage.pageCount);
    expect(lastPage.rows.at(-1)?.id).toBe(all.rows.at(-1)?.id);
  });
});

describe('getImportedReport', () => {
  it('compares with last year’s report of the same agency name (rules 6, 7, 9), whichever was imported first', async () => {
    const current = exampleReportHtml({ seed: 18, agencyName: '云阳市商务局', year: 2024 });
    const carriedOver = current.report.cells['table3.carriedOver.naturalPerson'];
    const carriedOverValue = carriedOver?.kind === 'number' ? carriedOver.value : 0;
    const previous = exampleReportHtml({
      seed: 19,
      agencyName: '云阳市商务局',
      year: 2023,
      adjust: (report) => {
        // Last year carried forward 3 more than this year says it carried over (rule 6).
        for (const [key, value] of Object.entries(current.report.cells)) {
          if (key.startsWith('table3.carriedOver.')) {
            report.cells[key.replace('carriedOver', 'carriedForward')] = value;
          }
        }
        report.cells['table3.carriedForward.naturalPerson'] = numberCell(carriedOverValue + 3);
      },
    });
    const [stored] = await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [{ kind: 'file', name: 'commerce-2024.html', bytes: current.bytes }],
    });
    await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [{ kind: 'file', name: 'commerce-2023.html', bytes: previous.bytes }],
    });
    const details = await getImportedReport(context, citySupervisor, { id: stored?.reportId ?? '' });
    expect(details.stored.checkFindings.some((finding) => finding.ruleId === 6)).toBe(false);
    expect(details.previous?.year).toBe(2023);
    const ruleSix = details.previous?.findings.filter((finding) => finding.ruleId === 6) ?? [];
    expect(ruleSix).toHaveLength(1);
    expect(ruleSix[0]?.cellKeys).toEqual(['table3.carriedOver.naturalPerson']);
    expect(ruleSix[0]?.difference).toBe(-3);
    const line = details.previous?.lines.find((entry) => entry.cellKey === 'table3.carriedForward.total');
    expect(line?.previousText).toBe(previous.report.cells['table3.carriedForward.total']?.text);
    // Imported again now that last year's is stored, the stored findings include rule 6.
    await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [{ kind: 'file', name: 'commerce-2024.html', bytes: current.bytes }],
    });
    const again = await getImportedReport(context, citySupervisor, { id: stored?.reportId ?? '' });
    expect(again.stored.checkFindings.some((finding) => finding.ruleId === 6)).toBe(true);
    expect(again.checkFindings.some((finding) => finding.ruleId === 6)).toBe(false);
  });

  it('refuses a user of another agency and answers an unknown id as not found', async () => {
    const [stored] = await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [
        {
          kind: 'file',
          name: 'x.html',
          bytes: exampleReportHtml({ seed: 20, agencyName: '云阳市审计局', year: 2023 }).bytes,
        },
      ],
    });
    await expect(
      getImportedReport(context, otherAdmin, { id: stored?.reportId ?? '' }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      getImportedReport(context, districtSupervisor, { id: stored?.reportId ?? '' }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getImportedReport(context, citySupervisor, { id: 'not-a-uuid' })).rejects.toThrow(
      '找不到该年度报告',
    );
  });
});

describe('deleteImportedReport', () => {
  it('deletes the row and keeps the whole report in its event; the same bytes can be imported again', async () => {
    const file = exampleReportHtml({ seed: 51, agencyName: '云阳市交通运输局', year: 2021 });
    const [line] = await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [{ kind: 'file', name: 'transport-2021.html', bytes: file.bytes }],
    });
    const id = line?.reportId ?? '';
    const before = await storedCount();
    await expect(deleteImportedReport(context, districtCaseHandler, { id })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(deleteImportedReport(context, districtSupervisor, { id })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await storedCount()).toBe(before);

    await deleteImportedReport(context, citySupervisor, { id });
    expect(await storedCount()).toBe(before - 1);
    const events = await listEventsForSubject(handle.db, { subjectType: 'importedReport', subjectId: id });
    const deletion = events.find((event) => event.kind === 'report.deleted');
    expect(deletion?.payload).toMatchObject({
      id,
      source: 'transport-2021.html',
      year: 2021,
      reportedAgencyName: '云阳市交通运输局',
    });
    expect((deletion?.payload as { report: { cells: Record<string, unknown> } }).report.cells).toHaveProperty(
      'table3.newlyReceived.total',
    );
    await expect(deleteImportedReport(context, citySupervisor, { id })).rejects.toThrow('找不到该年度报告');

    const [again] = await importReportFiles(context, citySupervisor, {
      ownerAgencyId: city.id,
      uploads: [{ kind: 'file', name: 'transport-2021.html', bytes: file.bytes }],
    });
    expect(again?.outcome).toBe('stored');
  });

  it('stores the same new file imported twice at the same instant once, the second as an update', async () => {
    const file = exampleReportHtml({ seed: 52, agencyName: '云阳市农业农村局', year: 2020 });
    const before = await storedCount();
    const batches = await Promise.all(
      [1, 2].map(() =>
        importReportFiles(context, citySupervisor, {
          ownerAgencyId: city.id,
          uploads: [{ kind: 'file', name: 'agriculture-2020.html', bytes: file.bytes }],
        }),
      ),
    );
    expect(batches.map((lines) => lines[0]?.outcome).sort()).toEqual(['stored', 'updated']);
    expect(await storedCount()).toBe(before + 1);
  });
});
