import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, type IsoDate } from '../../calendar/iso-date.ts';
import { applicantTypes } from '../../applications/applicant/applicant-type.ts';
import { outcomeCodes } from '../../applications/outcomes/outcome-catalogue.ts';
import { createBlankReport, type AnnualReport } from '../annual-report.ts';
import { checkCellValues } from '../checks/cell-value-checks.ts';
import { checkReviewTotals } from '../checks/table-four-checks.ts';
import { checkCarryOverBalance, checkResultTotals, checkRowTotals } from '../checks/table-three-checks.ts';
import { checkCarriedOverMatchesLastYear } from '../checks/year-over-year-checks.ts';
import { fieldCatalogue2021, fieldCatalogueTrial2019 } from '../field-catalogue.ts';
import { computeRequestTables, type RequestTables } from './compute-request-tables.ts';
import type { AppealRecord, RequestRecord } from './request-records.ts';

function valuesOf(tables: RequestTables): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [key, cell] of Object.entries(tables.cells)) {
    if (cell.kind !== 'number') throw new Error(`${key} is ${cell.kind}`);
    values[key] = cell.value;
  }
  return values;
}

/** Every table 三/四 cell of the 2021 catalogue: 0 except the given ones. */
function expectedValues(nonZero: Record<string, number>): Record<string, number> {
  const values: Record<string, number> = {};
  for (const cell of fieldCatalogue2021.cells)
    if (cell.table !== '二') values[cell.key] = nonZero[cell.key] ?? 0;
  return values;
}

function reportOf(tables: RequestTables, year: number): AnnualReport {
  const report = createBlankReport({ format: tables.format, year });
  return { ...report, cells: { ...report.cells, ...tables.cells } };
}

const request = (
  receivedOn: IsoDate,
  conclusion: RequestRecord['conclusion'],
  applicantType: RequestRecord['applicantType'] = 'naturalPerson',
): RequestRecord => ({ receivedOn, applicantType, conclusion });

describe('the demo agency 2024 (seed report, 嘉兴市商务局)', () => {
  it('gives the seed report tables 三 and 四', () => {
    const requests = [
      request('2024-03-11', { concludedOn: '2024-03-29', outcomeCode: 'notHeldByThisAgency' }),
      request('2024-06-03', { concludedOn: '2024-06-20', outcomeCode: 'massRepeatedWithoutReason' }),
      request('2024-06-04', { concludedOn: '2024-06-20', outcomeCode: 'massRepeatedWithoutReason' }),
    ];
    const tables = computeRequestTables({ requests, appeals: [], year: 2024 });
    expect(tables.format).toBe('2021');
    expect(tables.warnings).toEqual([]);
    // Typed from the published report: every other cell of tables 三 and 四 is 0.
    expect(valuesOf(tables)).toEqual(
      expectedValues({
        'table3.newlyReceived.naturalPerson': 3,
        'table3.newlyReceived.total': 3,
        'table3.unableNotHeld.naturalPerson': 1,
        'table3.unableNotHeld.total': 1,
        'table3.notProcessedMassRepeated.naturalPerson': 2,
        'table3.notProcessedMassRepeated.total': 2,
        'table3.resultTotal.naturalPerson': 3,
        'table3.resultTotal.total': 3,
      }),
    );
    expect(Object.keys(tables.cells)).toHaveLength(175 + 15);
  });
});

describe('year boundaries (rules.md §3)', () => {
  const requests = [
    request('2023-12-20', { concludedOn: '2024-01-10', outcomeCode: 'disclosed' }), // carried over, concluded
    request('2023-06-01', { concludedOn: '2023-07-01', outcomeCode: 'disclosed' }), // last year only
    request('2024-12-28', null), // new, carried forward
    request('2024-12-30', { concludedOn: '2025-01-05', outcomeCode: 'disclosed' }), // new, carried forward
    request('2022-11-01', null), // carried over and forward
    request('2025-01-02', null), // next year only
    request(
      '2024-03-01',
      { concludedOn: '2024-03-05', outcomeCode: 'otherHandling' },
      'commercialEnterprise',
    ),
    request('2024-05-06', { concludedOn: '2024-06-20', outcomeCode: 'feeNotPaid' }, 'researchInstitution'),
    request(
      '2023-12-29',
      { concludedOn: '2023-12-31', outcomeCode: 'partiallyDisclosed' },
      'otherOrganisation',
    ),
  ];

  it('counts 新收, 上年结转, results of the year and 结转下年度', () => {
    const tables = computeRequestTables({ requests, appeals: [], year: 2024 });
    expect(valuesOf(tables)).toEqual(
      expectedValues({
        'table3.newlyReceived.naturalPerson': 2,
        'table3.newlyReceived.commercialEnterprise': 1,
        'table3.newlyReceived.researchInstitution': 1,
        'table3.newlyReceived.total': 4,
        'table3.carriedOver.naturalPerson': 2,
        'table3.carriedOver.total': 2,
        'table3.disclosed.naturalPerson': 1,
        'table3.disclosed.total': 1,
        'table3.otherOther.commercialEnterprise': 1,
        'table3.otherOther.total': 1,
        'table3.otherFeeNotPaid.researchInstitution': 1,
        'table3.otherFeeNotPaid.total': 1,
        'table3.resultTotal.naturalPerson': 1,
        'table3.resultTotal.commercialEnterprise': 1,
        'table3.resultTotal.researchInstitution': 1,
        'table3.resultTotal.total': 3,
        'table3.carriedForward.naturalPerson': 3,
        'table3.carriedForward.total': 3,
      }),
    );
  });

  it('carries the same requests from one year into the next', () => {
    const values2023 = valuesOf(computeRequestTables({ requests, appeals: [], year: 2023 }));
    const values2024 = valuesOf(computeRequestTables({ requests, appeals: [], year: 2024 }));
    // 2023: forward = 2023-12-20 and 2022-11-01 (natural persons); 2023-12-29 concluded on 31 December.
    expect(values2023['table3.carriedForward.naturalPerson']).toBe(2);
    expect(values2023['table3.carriedForward.otherOrganisation']).toBe(0);
    expect(values2023['table3.partiallyDisclosed.otherOrganisation']).toBe(1);
    expect(values2024['table3.carriedOver.naturalPerson']).toBe(2);
  });

  it('leaves out a record concluded before it was received, with a warning', () => {
    const tables = computeRequestTables({
      requests: [request('2024-05-06', { concludedOn: '2024-05-01', outcomeCode: 'disclosed' })],
      appeals: [],
      year: 2024,
    });
    expect(valuesOf(tables)['table3.newlyReceived.total']).toBe(0);
    expect(tables.warnings).toEqual(['一件2024年5月6日收到的申请办结日期2024年5月1日早于收到日期，未计入']);
  });

  it('uses the 2019 trial format before 2021, with one （六） row', () => {
    const tables = computeRequestTables({
      requests: [request('2020-05-06', { concludedOn: '2020-05-08', outcomeCode: 'otherHandling' })],
      appeals: [],
      year: 2020,
    });
    expect(tables.format).toBe('2019-trial');
    expect(Object.keys(tables.cells).sort()).toEqual(
      fieldCatalogueTrial2019.cells
        .filter((cell) => cell.table !== '二')
        .map((cell) => cell.key)
        .sort(),
    );
    expect(valuesOf(tables)['table3.otherHandling.naturalPerson']).toBe(1);
  });
});

describe('table 四 (rules.md §4)', () => {
  const appeal = (
    kind: AppealRecord['kind'],
    filedOn: IsoDate,
    closure: AppealRecord['closure'],
    isCountedByThisAgency = true,
  ): AppealRecord => ({ kind, filedOn, closure, isCountedByThisAgency });
  const appeals = [
    appeal('reconsideration', '2024-02-01', { closedOn: '2024-05-01', result: 'upheld' }),
    appeal('reconsideration', '2024-11-01', { closedOn: '2025-02-01', result: 'corrected' }),
    appeal('litigationDirect', '2024-03-01', null),
    appeal('litigationAfterReconsideration', '2024-06-01', { closedOn: '2024-09-01', result: 'otherResult' }),
    appeal('litigationDirect', '2024-04-01', { closedOn: '2024-08-01', result: 'upheld' }, false),
    appeal('reconsideration', '2023-10-01', { closedOn: '2024-03-01', result: 'corrected' }),
    appeal('reconsideration', '2023-01-01', { closedOn: '2023-06-01', result: 'upheld' }),
  ];

  it('counts the cases filed in the year, pending if not closed by 31 December', () => {
    const values = valuesOf(computeRequestTables({ requests: [], appeals, year: 2024 }));
    expect(values).toEqual(
      expectedValues({
        'table4.reconsideration.upheld': 1,
        'table4.reconsideration.pending': 1,
        'table4.reconsideration.total': 2,
        'table4.litigationDirect.pending': 1,
        'table4.litigationDirect.total': 1,
        'table4.litigationAfterReconsideration.otherResult': 1,
        'table4.litigationAfterReconsideration.total': 1,
      }),
    );
  });

  it('can also count the cases still pending on 1 January', () => {
    const values = valuesOf(
      computeRequestTables({
        requests: [],
        appeals,
        year: 2024,
        appealCounting: 'filedInYearOrPendingAtStart',
      }),
    );
    expect(values['table4.reconsideration.corrected']).toBe(1);
    expect(values['table4.reconsideration.total']).toBe(3);
  });
});

describe('generated record sets pass hard checks 1–4', () => {
  const day = (offset: number): IsoDate => addCalendarDays('2022-01-01', offset);
  const requestRecord = fc
    .record({
      received: fc.integer({ min: 0, max: 1460 }),
      duration: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      applicantType: fc.constantFrom(...applicantTypes),
      outcomeCode: fc.constantFrom(...outcomeCodes),
    })
    .map(({ received, duration, applicantType, outcomeCode }): RequestRecord => ({
      receivedOn: day(received),
      applicantType,
      conclusion: duration === null ? null : { concludedOn: day(received + duration), outcomeCode },
    }));
  const appealRecord = fc
    .record({
      kind: fc.constantFrom('reconsideration', 'litigationDirect', 'litigationAfterReconsideration' as const),
      filed: fc.integer({ min: 0, max: 1460 }),
      duration: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      result: fc.constantFrom('upheld', 'corrected', 'otherResult' as const),
      isCountedByThisAgency: fc.boolean(),
    })
    .map(({ kind, filed, duration, result, isCountedByThisAgency }): AppealRecord => ({
      kind,
      filedOn: day(filed),
      closure: duration === null ? null : { closedOn: day(filed + duration), result },
      isCountedByThisAgency,
    }));

  it('for every year, and each year carries over what the last carried forward (rule 6)', () => {
    fc.assert(
      fc.property(
        fc.array(requestRecord, { maxLength: 60 }),
        fc.array(appealRecord, { maxLength: 15 }),
        fc.constantFrom('filedInYear', 'filedInYearOrPendingAtStart' as const),
        (requests, appeals, appealCounting) => {
          let previous: AnnualReport | null = null;
          let concludedCount = 0;
          for (const year of [2022, 2023, 2024, 2025]) {
            const tables = computeRequestTables({ requests, appeals, year, appealCounting });
            const report = reportOf(tables, year);
            const findings = [
              ...checkCarryOverBalance(report),
              ...checkRowTotals(report),
              ...checkResultTotals(report),
              ...checkReviewTotals(report),
              ...checkCellValues(report).filter(
                (finding) => !finding.cellKeys.some((key) => key.startsWith('table2.')),
              ),
            ];
            expect(findings).toEqual([]);
            if (previous)
              expect(checkCarriedOverMatchesLastYear({ report, previousReport: previous })).toEqual([]);
            const values = valuesOf(tables);
            concludedCount += values['table3.resultTotal.total'] ?? 0;
            const received = requests.filter((record) => record.receivedOn.startsWith(String(year))).length;
            expect(values['table3.newlyReceived.total']).toBe(received);
            previous = report;
          }
          // Every request concluded 2022–2025 is counted exactly once over the four years.
          const concluded = requests.filter(
            (record) => record.conclusion !== null && record.conclusion.concludedOn <= '2025-12-31',
          ).length;
          expect(concludedCount).toBe(concluded);
        },
      ),
      { numRuns: 80 },
    );
  });
});
