import { describe, expect, it } from 'vitest';
import { renderImportSummaryCsv } from './import-summary-csv.ts';

describe('renderImportSummaryCsv', () => {
  it('quotes fields with commas and defuses text a spreadsheet would run as a formula', () => {
    const csv = renderImportSummaryCsv([
      {
        file: '=HYPERLINK("http://example.invalid","点击")',
        summary: {
          agencyName: '+某局,办公室',
          year: 2024,
          format: '2021',
          sectionsFound: 6,
          cellsRead: 200,
          cellCount: 200,
          hardFailures: 0,
          warnings: 1,
        },
        error: null,
      },
    ]);
    const [header, line] = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(header).toBe('file,agency,year,format,sections_found,cells_read,hard_failures,warnings,error');
    expect(line).toBe(
      `"'=HYPERLINK(""http://example.invalid"",""点击"")","'+某局,办公室",2024,2021,6,200,0,1,`,
    );
  });
});
