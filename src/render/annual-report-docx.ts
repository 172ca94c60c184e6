import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AnnualReport } from '../domain/annual-report/annual-report.ts';
import { sectionDefinitions } from '../domain/annual-report/section-catalogue.ts';
import { layoutReportTables, type TableLayout } from '../domain/annual-report/table-layout.ts';

function tableOf(layout: TableLayout): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: layout.rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.columnSpan,
                rowSpan: cell.rowSpan,
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ text: cell.text, bold: cell.isHeader })],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** The report as a Word document: title, six sections, the tables in the official layout. */
export async function renderReportDocx(report: AnnualReport): Promise<Buffer> {
  const layouts = new Map(layoutReportTables(report).map((layout) => [layout.table, layout]));
  const title = report.title ?? `${report.agencyName ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`;
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(title)],
    }),
  ];
  for (const definition of sectionDefinitions) {
    const section = report.sections[definition.key];
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(`${definition.numeral}、${section?.title ?? definition.title}`)],
      }),
    );
    for (const line of (section?.text ?? '').split('\n').filter((candidate) => candidate.trim() !== '')) {
      children.push(new Paragraph({ children: [new TextRun(line)] }));
    }
    const layout = layouts.get(definition.numeral as '二' | '三' | '四');
    if (layout) children.push(tableOf(layout));
  }
  const document = new Document({ sections: [{ children }] });
  return Packer.toBuffer(document);
}
