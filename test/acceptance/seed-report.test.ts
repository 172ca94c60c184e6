import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fieldCatalogue2021 } from '../../src/domain/annual-report/field-catalogue.ts';
import { runCli } from '../cli/run-cli.ts';

// The real report copied by a mirror site (traditional script, pinyin, flattened tables). CI has
// ../shared; without it this test is reported as skipped, never as passed.
const seedPath = fileURLToPath(
  new URL('../../../shared/reference/seed-report-jiaxing-commerce-2024.txt', import.meta.url),
);
const hasSeed = existsSync(seedPath);

/**
 * The seed's table values, typed in by reading the published report: every cell is 0 except these
 * (table 二 in its own order; table 三 by row key and column key).
 */
const tableTwoValues = ['0', '0', '0', '0', '0', '1', '111', '0', '0', '0'];
const tableThreeNonZero: Record<string, string> = {
  'newlyReceived.naturalPerson': '3',
  'newlyReceived.total': '3',
  'unableNotHeld.naturalPerson': '1',
  'unableNotHeld.total': '1',
  'notProcessedMassRepeated.naturalPerson': '2',
  'notProcessedMassRepeated.total': '2',
  'resultTotal.naturalPerson': '3',
  'resultTotal.total': '3',
};

function expectedListing(): string[] {
  let tableTwoPosition = 0;
  return fieldCatalogue2021.cells.map((cell) => {
    let value = '0';
    if (cell.table === '二') value = tableTwoValues[tableTwoPosition++] ?? '?';
    if (cell.table === '三') value = tableThreeNonZero[`${cell.row.key}.${cell.column.key}`] ?? '0';
    return `${cell.table}\t${cell.listingRow}\t${cell.listingColumn}\t${value}`;
  });
}

describe.skipIf(!hasSeed)('acceptance: gongkai import of the seed report', () => {
  it('prints the seed’s 200 cells exactly', async () => {
    const run = await runCli(['import', seedPath, '--format', 'tsv']);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(200);
    expect(lines).toEqual(expectedListing());
    expect(lines[0]).toBe('二\t规章\t本年制发件数\t0');
    expect(lines).toContain('三\t（四）无法提供/1.本机关不掌握相关政府信息\t自然人\t1');
  });

  it('passes every hard check and reads the year, agency and six sections', async () => {
    const run = await runCli(['import', seedPath, '--format', 'json']);
    expect(run.exitCode).toBe(0);
    const output = JSON.parse(run.stdout) as {
      report: {
        year: number;
        agencyName: string;
        format: string;
        sections: Record<string, { title: string }>;
      };
      checkFindings: Array<{ severity: string; ruleId: number }>;
    };
    expect(output.report).toMatchObject({ year: 2024, agencyName: '嘉兴市商务局', format: '2021' });
    expect(Object.keys(output.report.sections)).toHaveLength(6);
    expect(output.checkFindings.filter((finding) => finding.severity === 'hard')).toEqual([]);
  });
});
