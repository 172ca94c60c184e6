import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { findAgencyBySlug } from '../../src/db/repositories/agencies.ts';
import { listEventsForSubject } from '../../src/db/repositories/event-log.ts';
import { queryRows } from '../../src/db/query-rows.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import { AccessDeniedError } from '../../src/domain/access/policy.ts';
import { numberCell } from '../../src/domain/annual-report/cell-value.ts';
import { createAgency } from '../../src/use-cases/agencies/create-agency.ts';
import { getAnnualReportDraft } from '../../src/use-cases/annual-reports/get-annual-report-draft.ts';
import { listAnnualReportYears } from '../../src/use-cases/annual-reports/list-annual-report-years.ts';
import { openAnnualReportDraft } from '../../src/use-cases/annual-reports/open-annual-report-draft.ts';
import { publishAnnualReport } from '../../src/use-cases/annual-reports/publish-annual-report.ts';
import {
  getPublishedAnnualReport,
  listPublishedAnnualReports,
} from '../../src/use-cases/annual-reports/published-annual-reports.ts';
import { recomputeAnnualReportDraft } from '../../src/use-cases/annual-reports/recompute-annual-report-draft.ts';
import { saveAnnualReportCells } from '../../src/use-cases/annual-reports/save-annual-report-cells.ts';
import { saveAnnualReportSections } from '../../src/use-cases/annual-reports/save-annual-report-sections.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { demoAgency, demoSupervisingAgency } from '../../src/use-cases/demo/demo-agencies.ts';
import { loadDemoRequests } from '../../src/use-cases/demo/demo-requests.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../src/use-cases/errors.ts';
import { importReportFiles } from '../../src/use-cases/imported-reports/import-report-files.ts';
import { contextFor, makeAgency, makeStaff, testSystemActor } from '../support/factories.ts';
import { exampleReportHtml } from '../support/report-files.ts';
import { createTestDatabase } from '../support/test-database.ts';

// The clock: Thursday 26 November 2026, 10:00 Beijing time (the years 2024 and 2025 are over).
const now = () => new Date('2026-11-26T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let bureau: AgencyRow;
let officeHead: StaffActor;
let agencyAdmin: StaffActor;
let caseHandler: StaffActor;
let supervisor: StaffActor;

/** Every cell of table 二, as typed into the form. */
const tableTwo = {
  'table2.regulations.issued': '/',
  'table2.regulations.repealed': '/',
  'table2.regulations.inForce': '/',
  'table2.normativeDocuments.issued': '0',
  'table2.normativeDocuments.repealed': '0',
  'table2.normativeDocuments.inForce': '1',
  'table2.licensing.decisions': '111',
  'table2.penalties.decisions': '0',
  'table2.enforcement.decisions': '0',
  'table2.fees.amount': '0',
};

async function publicationCount(): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    handle.db,
    sql`select count(*)::int as count from annual_report_publications`,
  );
  return Number(rows[0]?.count ?? 0);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  await createAgency(context, testSystemActor, demoSupervisingAgency);
  await createAgency(context, testSystemActor, demoAgency);
  const loaded = await loadDemoRequests(context, { actor: testSystemActor });
  expect(loaded.warnings).toEqual([]);
  const found = await findAgencyBySlug(handle.db, 'demo');
  const city = await findAgencyBySlug(handle.db, 'demo-city');
  if (!found || !city) throw new Error('demo agencies missing');
  bureau = found;
  officeHead = (await makeStaff(context, { agency: bureau, roles: ['officeHead'] })).actor;
  agencyAdmin = (await makeStaff(context, { agency: bureau, roles: ['agencyAdmin'] })).actor;
  caseHandler = (await makeStaff(context, { agency: bureau, roles: ['caseHandler'] })).actor;
  supervisor = (await makeStaff(context, { agency: city, roles: ['supervisor'] })).actor;
}, 180_000);
afterAll(async () => handle.close());

describe('the 2024 draft of the demo bureau', () => {
  it('is created from the records: tables 三/四 computed, table 二 blank, with its event', async () => {
    const { draft, isNew } = await openAnnualReportDraft(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
    });
    expect(isNew).toBe(true);
    expect(draft.version).toBe(1);
    // By hand from the three 2024 demo requests: 1 not held, 2 mass repeated, all of natural persons.
    expect(draft.report.cells['table3.newlyReceived.naturalPerson']).toEqual(numberCell(3));
    expect(draft.report.cells['table3.unableNotHeld.total']).toEqual(numberCell(1));
    expect(draft.report.cells['table3.notProcessedMassRepeated.naturalPerson']).toEqual(numberCell(2));
    expect(draft.report.cells['table2.licensing.decisions']).toEqual({ kind: 'blank', text: '' });
    expect(draft.cellSources['table3.resultTotal.total']).toEqual({ source: 'computed' });
    expect(draft.cellSources['table2.licensing.decisions']?.source).toBe('entered');
    expect(draft.report.sections.overview?.title).toBe('总体情况');
    const again = await openAnnualReportDraft(context, agencyAdmin, { agencyId: bureau.id, year: 2024 });
    expect(again.isNew).toBe(false);
    expect(again.draft.id).toBe(draft.id);
    const events = await listEventsForSubject(handle.db, {
      subjectType: 'annualReportDraft',
      subjectId: draft.id,
    });
    expect(events.map((event) => event.kind)).toEqual(['annualReport.draftCreated']);
  });

  it('refuses the roles without report.manage, and a supervisor reads but does not edit', async () => {
    await expect(
      openAnnualReportDraft(context, caseHandler, { agencyId: bureau.id, year: 2024 }),
    ).rejects.toThrow(AccessDeniedError);
    await expect(
      saveAnnualReportSections(context, supervisor, {
        agencyId: bureau.id,
        year: 2024,
        expectedVersion: 1,
        texts: { overview: '监督人员不能修改' },
      }),
    ).rejects.toThrow(AccessDeniedError);
    const details = await getAnnualReportDraft(context, supervisor, { agencyId: bureau.id, year: 2024 });
    expect(details.draft.version).toBe(1);
    await expect(
      getAnnualReportDraft(context, officeHead, { agencyId: bureau.id, year: 2023 }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      openAnnualReportDraft(context, officeHead, { agencyId: bureau.id, year: 2020 }),
    ).rejects.toThrow(ValidationError);
  });

  it('refuses invalid cells, all of them named, and saves nothing', async () => {
    const error = await saveAnnualReportCells(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 1,
      cells: { ...tableTwo, 'table2.licensing.decisions': '-3', 'table3.newlyReceived.total': '/' },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual([
      'table2.licensing.decisions',
      'table3.newlyReceived.total',
    ]);
    expect((error as ValidationError).message).toContain('均未保存');
    const details = await getAnnualReportDraft(context, officeHead, { agencyId: bureau.id, year: 2024 });
    expect(details.draft.version).toBe(1);
    expect(details.draft.report.cells['table2.normativeDocuments.inForce']).toEqual({
      kind: 'blank',
      text: '',
    });
  });

  it('refuses publication while hard failures remain (table 二 blank)', async () => {
    const before = await publicationCount();
    await expect(
      publishAnnualReport(context, officeHead, { agencyId: bureau.id, year: 2024, expectedVersion: 1 }),
    ).rejects.toThrow(/仍有 10 项硬性错误/);
    expect(await publicationCount()).toBe(before);
  });

  it('keeps blank, "/" and 0 distinct, and flags an override with the computed value through recomputation', async () => {
    const saved = await saveAnnualReportCells(context, agencyAdmin, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 1,
      cells: { ...tableTwo, 'table3.newlyReceived.total': '4' },
    });
    expect(saved.draft.version).toBe(2);
    expect(saved.draft.report.cells['table2.regulations.issued']).toEqual({
      kind: 'notApplicable',
      text: '/',
    });
    expect(saved.draft.report.cells['table2.penalties.decisions']).toEqual(numberCell(0));
    let details = await getAnnualReportDraft(context, officeHead, { agencyId: bureau.id, year: 2024 });
    expect(details.overrides).toHaveLength(1);
    expect(details.overrides[0]).toMatchObject({
      cellKey: 'table3.newlyReceived.total',
      computedValue: numberCell(3),
    });
    // Rule 2: 一 row total 4 ≠ the sum of its columns 3.
    expect(details.findings.some((finding) => finding.severity === 'hard')).toBe(true);
    const recomputed = await recomputeAnnualReportDraft(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 2,
    });
    expect(recomputed.changes).toEqual([]);
    expect(recomputed.draft.version).toBe(3);
    expect(recomputed.draft.report.cells['table3.newlyReceived.total']).toEqual(numberCell(4));
    expect(recomputed.draft.report.cells['table2.licensing.decisions']).toEqual(numberCell(111));
    const restored = await saveAnnualReportCells(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 3,
      cells: {},
      restoreCellKey: 'table3.newlyReceived.total',
    });
    expect(restored.changedCellKeys).toEqual(['table3.newlyReceived.total']);
    details = await getAnnualReportDraft(context, officeHead, { agencyId: bureau.id, year: 2024 });
    expect(details.overrides).toEqual([]);
    expect(details.draft.report.cells['table3.newlyReceived.total']).toEqual(numberCell(3));
  });

  it('refuses a stale edit with a clear message and keeps the saved draft', async () => {
    const error = await saveAnnualReportSections(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 2,
      texts: { overview: '旧页面上写的文字' },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toContain('已被他人修改');
    const details = await getAnnualReportDraft(context, officeHead, { agencyId: bureau.id, year: 2024 });
    expect(details.draft.version).toBe(4);
    expect(details.draft.report.sections.overview?.text).toBe('');
  });

  it('is published by the office head only, as revision 1, with its event', async () => {
    await saveAnnualReportSections(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 4,
      texts: { overview: '2024年，我局收到政府信息公开申请3件。', otherMatters: '本年度未收取信息处理费。' },
    });
    await expect(
      publishAnnualReport(context, agencyAdmin, { agencyId: bureau.id, year: 2024, expectedVersion: 5 }),
    ).rejects.toThrow(AccessDeniedError);
    const publication = await publishAnnualReport(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 5,
    });
    expect(publication.revision).toBe(1);
    expect(publication.correctionNote).toBeNull();
    expect(publication.report.sections.overview?.text).toBe('2024年，我局收到政府信息公开申请3件。');
    expect(publication.checkFindings.every((finding) => finding.severity === 'soft')).toBe(true);
    const events = await listEventsForSubject(handle.db, {
      subjectType: 'annualReportPublication',
      subjectId: publication.id,
    });
    expect(events.map((event) => event.kind)).toEqual(['annualReport.published']);
  });

  it('takes a correction only with a note and a change, as revision 2; the first stays as published', async () => {
    await expect(
      publishAnnualReport(context, officeHead, { agencyId: bureau.id, year: 2024, expectedVersion: 5 }),
    ).rejects.toThrow('请填写更正说明');
    await expect(
      publishAnnualReport(context, officeHead, {
        agencyId: bureau.id,
        year: 2024,
        expectedVersion: 5,
        correctionNote: '更正行政许可数量',
      }),
    ).rejects.toThrow('没有需要更正的内容');
    await saveAnnualReportCells(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 5,
      cells: { 'table2.licensing.decisions': '112' },
    });
    const correction = await publishAnnualReport(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 6,
      correctionNote: '更正行政许可数量',
    });
    expect(correction.revision).toBe(2);
    const published = await getPublishedAnnualReport(context, { agency: bureau, year: 2024 });
    expect(published.latest.revision).toBe(2);
    expect(published.latest.report.cells['table2.licensing.decisions']).toEqual(numberCell(112));
    expect(published.corrections).toEqual([
      { revision: 2, publishedOn: '2026-11-26', note: '更正行政许可数量' },
    ]);
    expect(published.firstPublishedOn).toBe('2026-11-26');
    expect(published.isLate).toBe(true);
    expect(await listPublishedAnnualReports(context, { agencyId: bureau.id })).toEqual([
      { year: 2024, latestRevision: 2, firstPublishedOn: '2026-11-26', latestPublishedOn: '2026-11-26' },
    ]);
  });

  it('keeps publications append-only (the database refuses update and delete)', async () => {
    await expect(
      handle.db.execute(sql`update annual_report_publications set correction_note = 'x'`),
    ).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from annual_report_publications`)).rejects.toThrow();
    expect(await publicationCount()).toBe(2);
  });
});

describe('simultaneous publications', () => {
  it('take one revision each in turn: the second finds nothing left to correct', async () => {
    const saved = await saveAnnualReportCells(context, officeHead, {
      agencyId: bureau.id,
      year: 2024,
      expectedVersion: 6,
      cells: { 'table2.licensing.decisions': '113' },
    });
    const publish = () =>
      publishAnnualReport(context, officeHead, {
        agencyId: bureau.id,
        year: 2024,
        expectedVersion: saved.draft.version,
        correctionNote: '再次更正行政许可数量',
      });
    const outcomes = await Promise.allSettled([publish(), publish()]);
    const fulfilled = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const rejected = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(fulfilled.map((outcome) => outcome.value.revision)).toEqual([3]);
    expect(rejected).toHaveLength(1);
    expect(String(rejected[0]?.reason)).toContain('没有需要更正的内容');
    expect(await publicationCount()).toBe(3);
  });
});

describe('checks with the previous year', () => {
  it('compare the 2025 draft with the 2024 publication (rule 7 on documents in force)', async () => {
    const { draft } = await openAnnualReportDraft(context, officeHead, { agencyId: bureau.id, year: 2025 });
    await saveAnnualReportCells(context, officeHead, {
      agencyId: bureau.id,
      year: 2025,
      expectedVersion: draft.version,
      cells: {
        ...tableTwo,
        'table2.normativeDocuments.issued': '2',
        'table2.normativeDocuments.inForce': '1',
      },
    });
    const details = await getAnnualReportDraft(context, officeHead, { agencyId: bureau.id, year: 2025 });
    expect(details.previous).toEqual({ year: 2024, origin: 'publication', reference: '3' });
    const ruleSeven = details.findings.filter((finding) => finding.ruleId === 7);
    expect(ruleSeven).toHaveLength(1);
    expect(ruleSeven[0]?.message).toContain('应为 3 件');
  });

  it('fall back on the agency’s imported report of last year', async () => {
    const other = await makeAgency(context, { name: '示例市发展和改革委员会' });
    const admin = (await makeStaff(context, { agency: other, roles: ['agencyAdmin'] })).actor;
    const file = exampleReportHtml({ seed: 5, agencyName: other.name, year: 2024 });
    const lines = await importReportFiles(context, admin, {
      ownerAgencyId: other.id,
      uploads: [{ kind: 'file', name: 'report-2024.html', bytes: file.bytes }],
    });
    expect(lines[0]?.outcome).toBe('stored');
    await openAnnualReportDraft(context, admin, { agencyId: other.id, year: 2025 });
    const details = await getAnnualReportDraft(context, admin, { agencyId: other.id, year: 2025 });
    expect(details.previous).toMatchObject({ year: 2024, origin: 'imported', reference: lines[0]?.reportId });
  });
});

describe('simultaneous opening', () => {
  it('gives both colleagues the one draft of the year', async () => {
    const agency = await makeAgency(context, { name: '示例市统计局' });
    const head = (await makeStaff(context, { agency, roles: ['officeHead'] })).actor;
    const open = () => openAnnualReportDraft(context, head, { agencyId: agency.id, year: 2025 });
    const [first, second] = await Promise.all([open(), open()]);
    expect(first.draft.id).toBe(second.draft.id);
    expect([first.isNew, second.isNew].filter(Boolean)).toHaveLength(1);
  });
});

describe('listAnnualReportYears', () => {
  it('gives each year its status, Art. 49 deadline and lateness', async () => {
    const years = await listAnnualReportYears(context, officeHead, { agencyId: bureau.id });
    expect(years.map((year) => [year.year, year.status, year.deadline, year.isLate])).toEqual([
      [2026, 'notStarted', '2027-01-31', false],
      [2025, 'drafting', '2026-01-31', true],
      [2024, 'corrected', '2025-01-31', true],
    ]);
    await expect(listAnnualReportYears(context, caseHandler, { agencyId: bureau.id })).resolves.toHaveLength(
      3,
    );
  });
});
