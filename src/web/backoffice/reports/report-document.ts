import type { AnnualReport } from '../../../domain/annual-report/annual-report.ts';
import { renderReportHtml } from '../../../render/annual-report-html.ts';
import { raw, type SafeHtml } from '../../shared/html.ts';

/**
 * The report in the official layout, from the project's HTML renderer (which escapes every text),
 * fitted into a page: only the body, headings one level down, each table in a scrolling region.
 */
export function reportDocumentHtml(options: {
  report: AnnualReport;
  highlightedCellKeys: ReadonlySet<string>;
}): SafeHtml {
  const document = renderReportHtml({
    report: options.report,
    highlightedCellKeys: options.highlightedCellKeys,
  });
  const body = /<body>\n?([\s\S]*)<\/body>/.exec(document)?.[1] ?? '';
  const fitted = body
    .replace(/<(\/?)h2>/g, '<$1h3>')
    .replace(/<(\/?)h1>/g, '<$1h2>')
    .replace(/<table class="report-table" data-table="([^"]+)" border="1">/g, (_match, table: string) => {
      return `<div class="table-wrapper" role="region" aria-label="表${table}" tabindex="0"><table class="report-table" data-table="${table}">`;
    })
    .replace(/<\/table>/g, '</table></div>');
  return raw(fitted);
}
