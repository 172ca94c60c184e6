import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/database.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { agencies, annualReportPublications, importedReports } from '../src/db/schema/index.ts';
import type { StaffActor } from '../src/domain/access/actor.ts';
import { buildExampleReport } from '../src/domain/annual-report/example-report-factory.ts';
import type { UseCaseContext } from '../src/use-cases/context.ts';
import { aggregateSupervisedReports } from '../src/use-cases/supervision/aggregate-supervised-reports.ts';
import { listAnnualReportStatus } from '../src/use-cases/supervision/list-annual-report-status.ts';
import type { BenchResult } from './bench-result.ts';

const year = 2024;
const districtCount = 14;
const departmentsPerDistrict = 20;
const cityDepartmentCount = 5;
/** 1 city office + 14 district offices + 14 × 20 district departments + 5 city departments. */
const agencyCount = 1 + districtCount + districtCount * departmentsPerDistrict + cityDepartmentCount;
const unlinkedImportCount = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The database wrapped so that every SQL statement the use cases send is counted. */
function countingContext(context: UseCaseContext): { context: UseCaseContext; statements: () => number } {
  let count = 0;
  const db = new Proxy(context.db, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'execute' && typeof value === 'function') {
        return (...parameters: unknown[]) => {
          count += 1;
          return (value as (...inner: unknown[]) => unknown).apply(target, parameters);
        };
      }
      return value;
    },
  });
  return { context: { ...context, db }, statements: () => count };
}

/**
 * The supervision use cases for a supervisor over 300 agencies on embedded PGlite: 200 with a
 * published 2024 report (one in four corrected once, one in ten late), 50 with only an imported
 * copy, 50 missing, and 20 imported reports of agencies not on the platform.
 */
export async function run(): Promise<BenchResult[]> {
  const handle = await openDatabase({ dataDirectory: 'memory://' });
  await migrateDatabase(handle);
  const base: UseCaseContext = { db: handle.db, now: () => new Date('2025-06-02T10:00:00+08:00') };
  const setupStart = performance.now();
  const now = new Date();
  const agencyRows: Array<typeof agencies.$inferInsert> = [];
  const add = (options: { name: string; level: string; parentId: string | null }): string => {
    const id = randomUUID();
    agencyRows.push({
      id,
      slug: `bench-${agencyRows.length + 1}`,
      name: options.name,
      shortName: options.name.slice(0, 6),
      level: options.level,
      parentId: options.parentId,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  };
  const cityId = add({ name: '基准市人民政府办公室', level: 'city', parentId: null });
  for (let index = 1; index <= cityDepartmentCount; index += 1) {
    add({ name: `基准市第${index}局`, level: 'city', parentId: cityId });
  }
  for (let district = 1; district <= districtCount; district += 1) {
    const districtId = add({
      name: `基准市第${district}区人民政府办公室`,
      level: 'county',
      parentId: cityId,
    });
    for (let index = 1; index <= departmentsPerDistrict; index += 1) {
      add({ name: `基准市第${district}区第${index}局`, level: 'county', parentId: districtId });
    }
  }
  if (agencyRows.length !== agencyCount) throw new Error(`built ${agencyRows.length} agencies`);
  await handle.db.insert(agencies).values(agencyRows);

  const publicationRows: Array<typeof annualReportPublications.$inferInsert> = [];
  const importRows: Array<typeof importedReports.$inferInsert> = [];
  agencyRows.forEach((agency, index) => {
    const report = { ...buildExampleReport(index + 1), year, agencyName: agency.name };
    if (index < 200) {
      const revisions = index % 4 === 0 ? 2 : 1;
      for (let revision = 1; revision <= revisions; revision += 1) {
        publicationRows.push({
          id: randomUUID(),
          agencyId: agency.id,
          year,
          revision,
          report,
          checkFindings: [],
          correctionNote: revision > 1 ? '更正' : null,
          publishedAt: new Date(
            index % 10 === 0 ? '2025-04-15T10:00:00+08:00' : `2025-01-${10 + revision}T10:00:00+08:00`,
          ),
          publishedBy: 'system:bench',
        });
      }
    } else if (index < 250) {
      importRows.push(importRow({ ownerId: cityId, name: agency.name, linkedId: agency.id, report, index }));
    }
  });
  for (let index = 0; index < unlinkedImportCount; index += 1) {
    const report = { ...buildExampleReport(1000 + index), year, agencyName: `外部机关${index + 1}` };
    importRows.push(
      importRow({
        ownerId: cityId,
        name: `外部机关${index + 1}`,
        linkedId: null,
        report,
        index: 1000 + index,
      }),
    );
  }
  await handle.db.insert(annualReportPublications).values(publicationRows);
  await handle.db.insert(importedReports).values(importRows);
  const setupSeconds = (performance.now() - setupStart) / 1000;

  const supervisor: StaffActor = {
    kind: 'staff',
    userId: randomUUID(),
    agencyId: cityId,
    roles: ['supervisor'],
    displayName: '基准',
  };
  const measure = async <Result>(options: {
    runs: number;
    call: (context: UseCaseContext) => Promise<Result>;
    check: (result: Result) => void;
  }) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    let statements = 0;
    for (let runIndex = 0; runIndex < options.runs + 2; runIndex += 1) {
      const counting = countingContext(base);
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const result = await options.call(counting.context);
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      options.check(result);
      statements = counting.statements();
      // The first two runs warm up (JIT, PGlite caches) and are not counted.
      if (runIndex >= 2) {
        wall.push(elapsed);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    return { wall: median(wall), cpu: median(cpu), statements };
  };
  const expectedEntries = agencyCount + unlinkedImportCount;
  const statusPage = await measure({
    runs: 20,
    call: (context) => listAnnualReportStatus(context, supervisor, { year }),
    check: (listing) => {
      if (listing.total !== expectedEntries || listing.entries.length !== 50) {
        throw new Error(`status: ${listing.total} entries, ${listing.entries.length} on the page`);
      }
      if (listing.statusCounts.missing !== agencyCount - 250) throw new Error('status: wrong missing count');
    },
  });
  const aggregate = await measure({
    runs: 10,
    call: (context) => aggregateSupervisedReports(context, supervisor, { year }),
    check: (result) => {
      if (result.aggregate.included.length !== 250 + unlinkedImportCount) {
        throw new Error(`aggregate: ${result.aggregate.included.length} reports included`);
      }
    },
  });
  await handle.close();
  const method = `${agencyCount} agencies (200 published, 50 imported only, ${agencyCount - 250} missing) + ${unlinkedImportCount} off-platform imports, embedded PGlite; median after 2 warm-ups`;
  return [
    { name: 'report status, first page of 50, wall', value: statusPage.wall, unit: 'ms', method },
    { name: 'report status, first page of 50, CPU', value: statusPage.cpu, unit: 'ms', method },
    { name: 'report status, SQL statements', value: statusPage.statements, unit: 'statements', method },
    { name: 'aggregate of 270 reports, wall', value: aggregate.wall, unit: 'ms', method },
    { name: 'aggregate of 270 reports, CPU', value: aggregate.cpu, unit: 'ms', method },
    { name: 'aggregate, SQL statements', value: aggregate.statements, unit: 'statements', method },
    {
      name: 'set-up (not timed above)',
      value: setupSeconds,
      unit: 's',
      method: 'rows inserted in three batches',
    },
  ];
}

function importRow(options: {
  ownerId: string;
  name: string;
  linkedId: string | null;
  report: unknown;
  index: number;
}): typeof importedReports.$inferInsert {
  return {
    id: randomUUID(),
    agencyId: options.ownerId,
    reportedAgencyName: options.name,
    linkedAgencyId: options.linkedId,
    year,
    format: '2021',
    source: `bench-${options.index}.html`,
    sha256: randomUUID(),
    report: options.report,
    importFindings: [],
    checkFindings: [],
    sectionsFound: 6,
    cellsRead: 200,
    hardFailureCount: options.index % 3,
    warningCount: 1,
    importedAt: new Date('2025-05-10T09:00:00+08:00'),
    importedBy: 'system:bench',
  };
}
