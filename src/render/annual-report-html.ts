import type { AnnualReport } from '../domain/annual-report/annual-report.ts';
import { sectionDefinitions } from '../domain/annual-report/section-catalogue.ts';
import { layoutReportTables, type TableLayout } from '../domain/annual-report/table-layout.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function spanAttributes(columnSpan: number, rowSpan: number): string {
  return `${columnSpan > 1 ? ` colspan="${columnSpan}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`;
}

/** One table in the official layout; `highlightedCellKeys` get class "in-question". */
export function renderTableHtml(options: {
  layout: TableLayout;
  highlightedCellKeys?: ReadonlySet<string>;
}): string {
  const rows = options.layout.rows.map((row) => {
    const cells = row.map((cell) => {
      const highlighted =
        cell.cellKey !== undefined && options.highlightedCellKeys?.has(cell.cellKey) === true;
      const dataKey = cell.cellKey === undefined ? '' : ` data-cell="${escapeHtml(cell.cellKey)}"`;
      const classes = highlighted ? ' class="in-question"' : '';
      return `<td${spanAttributes(cell.columnSpan, cell.rowSpan)}${dataKey}${classes}>${escapeHtml(cell.text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="report-table" data-table="${options.layout.table}" border="1">\n${rows.join('\n')}\n</table>`;
}

function paragraphs(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}

/** The whole report as an HTML document: title, the six sections, the tables in their sections. */
export function renderReportHtml(options: {
  report: AnnualReport;
  highlightedCellKeys?: ReadonlySet<string>;
}): string {
  const { report } = options;
  const layouts = new Map(layoutReportTables(report).map((layout) => [layout.table, layout]));
  const title = report.title ?? `${report.agencyName ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`;
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  for (const definition of sectionDefinitions) {
    const section = report.sections[definition.key];
    body.push(`<h2>${definition.numeral}、${escapeHtml(section?.title ?? definition.title)}</h2>`);
    if (section?.text) body.push(paragraphs(section.text));
    const layout = layouts.get(definition.numeral as '二' | '三' | '四');
    if (layout)
      body.push(
        renderTableHtml(
          options.highlightedCellKeys
            ? { layout, highlightedCellKeys: options.highlightedCellKeys }
            : { layout },
        ),
      );
  }
  return `<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
