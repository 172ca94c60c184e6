import type { AnnualReport } from '../../src/domain/annual-report/annual-report.ts';
import { buildExampleReport } from '../../src/domain/annual-report/example-report-factory.ts';
import { renderReportHtml } from '../../src/render/annual-report-html.ts';

/**
 * A synthetic report (the project's example factory) for the named agency and year, written out by
 * the project's HTML renderer; `adjust` changes the model before it is rendered.
 */
export function exampleReportHtml(options: {
  seed: number;
  agencyName: string;
  year: number;
  adjust?: (report: AnnualReport) => void;
}): { report: AnnualReport; bytes: Uint8Array; text: string } {
  const report = buildExampleReport(options.seed);
  const previousName = report.agencyName ?? '';
  for (const section of Object.values(report.sections)) {
    section.text = section.text
      .split(previousName)
      .join(options.agencyName)
      .split(`${report.year}年`)
      .join(`${options.year}年`);
  }
  report.agencyName = options.agencyName;
  report.year = options.year;
  report.title = `${options.agencyName}${options.year}年政府信息公开工作年度报告`;
  options.adjust?.(report);
  const text = renderReportHtml({ report });
  return { report, bytes: new TextEncoder().encode(text), text };
}
