import PDFDocument from 'pdfkit';
import type { AnnualReport } from '../domain/annual-report/annual-report.ts';
import type { TableId } from '../domain/annual-report/field-catalogue-types.ts';
import { sectionDefinitions } from '../domain/annual-report/section-catalogue.ts';
import {
  layoutReportTables,
  type LayoutCell,
  type TableLayout,
} from '../domain/annual-report/table-layout.ts';
import { resolveCjkFont } from './letters/cjk-font.ts';
import { letterLayout, millimetresToPoints } from './letters/letter-layout.ts';
import { collectPdfBytes, numberPages, registerCjkFonts } from './pdf/pdf-document.ts';

export type RenderReportPdfOptions = {
  /** Body font file (.ttf/.otf/.ttc, `path#PostScriptName` for a face of a collection); else GONGKAI_PDF_FONT, else an installed Chinese font. */
  fontPath?: string;
  /** Title font; else GONGKAI_PDF_TITLE_FONT, else a bold Chinese font, else the body font. */
  titleFontPath?: string;
  /** A line printed in red above the title, e.g. that the report is a draft. */
  notice?: string;
};

type Orientation = 'portrait' | 'landscape';

/**
 * How each table is printed: its page orientation, font size and column widths as fractions of
 * the text width (label columns first). Table 三 is 10 columns wide, so it goes on landscape pages
 * with 小五 (9 pt); tables 二 and 四 fit an upright page with 五号 (10.5 pt) and 小五.
 */
type TableStyle = {
  orientation: Orientation;
  fontPoints: number;
  columnWeights: readonly number[];
  /** Header rows printed again at the top of each page the table continues on. */
  repeatedHeaderRows: number;
};

const tableStyles: Record<TableId, (layout: TableLayout) => TableStyle> = {
  二: (layout) => ({
    orientation: 'portrait',
    fontPoints: 10.5,
    columnWeights: [2, ...Array.from({ length: layout.columnCount - 1 }, () => 1)],
    repeatedHeaderRows: 0,
  }),
  三: (layout) => ({
    orientation: 'landscape',
    fontPoints: 9,
    columnWeights: [1.3, 1.9, 4.4, ...Array.from({ length: layout.columnCount - 3 }, () => 1)],
    repeatedHeaderRows: headerRowCount(layout),
  }),
  四: (layout) => ({
    orientation: 'portrait',
    fontPoints: 9,
    columnWeights: Array.from({ length: layout.columnCount }, () => 1),
    repeatedHeaderRows: layout.rows.length - 1,
  }),
};

/** Table 三's header: the rows covered by the note cell's row span. */
function headerRowCount(layout: TableLayout): number {
  return layout.rows[0]?.[0]?.rowSpan ?? 0;
}

const { bodyPoints, titlePoints, lineHeightPoints, smallPoints } = letterLayout;
const headingPoints = 16;
const cellPaddingPoints = 3;
const noticeColour = '#c00000';
const ruleWidthPoints = 0.6;

/** GB/T 9704-2012 margins (top 37, bottom 35, left 28, right 26 mm), turned with a landscape page. */
function marginsOf(orientation: Orientation): { top: number; bottom: number; left: number; right: number } {
  const margins = letterLayout.marginMillimetres;
  const upright = orientation === 'portrait';
  return {
    top: millimetresToPoints(upright ? margins.top : margins.right),
    bottom: millimetresToPoints(upright ? margins.bottom : margins.left),
    left: millimetresToPoints(upright ? margins.left : margins.top),
    right: millimetresToPoints(upright ? margins.right : margins.bottom),
  };
}

/** A cell placed on the grid: its first row and column and its spans. */
type PlacedCell = { cell: LayoutCell; row: number; column: number };

/** Gives every cell its grid column, skipping columns taken by row spans from above (as HTML tables do). */
function placeCells(layout: TableLayout): PlacedCell[] {
  const taken: boolean[][] = layout.rows.map(() => Array.from({ length: layout.columnCount }, () => false));
  const placed: PlacedCell[] = [];
  layout.rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row) {
      while (taken[rowIndex]?.[column] === true) column += 1;
      placed.push({ cell, row: rowIndex, column });
      for (let spanRow = rowIndex; spanRow < rowIndex + cell.rowSpan; spanRow += 1) {
        for (let spanColumn = column; spanColumn < column + cell.columnSpan; spanColumn += 1) {
          const takenRow = taken[spanRow];
          if (takenRow !== undefined) takenRow[spanColumn] = true;
        }
      }
      column += cell.columnSpan;
    }
  });
  return placed;
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * The report as a PDF: A4 with GB/T 9704 margins, the title centred, the six sections with their
 * numerals, paragraphs indented two characters, tables 二/三/四 as ruled grids with the merged
 * cells of the national layout (table 三 on landscape pages, its header repeated on each), page
 * numbers. Blank cells print empty and "/" prints "/". Throws `CjkFontError` (Chinese message)
 * when no Chinese font can be found.
 */
export async function renderReportPdf(
  report: AnnualReport,
  options: RenderReportPdfOptions = {},
): Promise<Buffer> {
  const fonts = {
    body: resolveCjkFont({ role: 'body', fontPath: options.fontPath }),
    title:
      options.titleFontPath === undefined
        ? resolveCjkFont({ role: 'title' })
        : resolveCjkFont({ role: 'title', fontPath: options.titleFontPath }),
  };
  const title = report.title ?? `${report.agencyName ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`;
  const document = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: marginsOf('portrait'),
    info: { Title: title, Author: report.agencyName ?? '' },
  });
  const pdf = collectPdfBytes(document);
  registerCjkFonts(document, fonts);

  // Read from the page: text running over a page continues on an upright one (pdfkit's default).
  const orientation = (): Orientation =>
    document.page.width > document.page.height ? 'landscape' : 'portrait';
  const left = (): number => document.page.margins.left;
  const contentWidth = (): number => document.page.width - left() - document.page.margins.right;
  const bottomLimit = (): number => document.page.height - document.page.margins.bottom;
  const newPage = (wanted: Orientation): void => {
    document.addPage({ size: 'A4', layout: wanted, margins: marginsOf(wanted) });
  };
  document.font('body').fontSize(bodyPoints);
  const bodyGap = Math.max(0, lineHeightPoints - document.currentLineHeight());
  const indent = letterLayout.firstLineIndentCharacters * bodyPoints;

  if (options.notice !== undefined) {
    document.font('body').fontSize(smallPoints).fillColor(noticeColour);
    document.text(options.notice, left(), document.y, { width: contentWidth(), align: 'center' });
    document.moveDown(0.5);
  }
  document.font('title').fontSize(titlePoints).fillColor('black');
  document.text(title, left(), document.y, { width: contentWidth(), align: 'center', lineGap: 8 });
  document.moveDown(0.8);

  const layouts = new Map(layoutReportTables(report).map((layout) => [layout.table, layout]));
  for (const definition of sectionDefinitions) {
    const section = report.sections[definition.key];
    const layout = layouts.get(definition.numeral as TableId);
    const style = layout ? tableStyles[layout.table](layout) : null;
    // A landscape table takes its section (heading and text) onto its own pages; the next
    // section starts upright again.
    if (style !== null && style.orientation !== orientation()) newPage(style.orientation);
    else if (style === null && orientation() !== 'portrait') newPage('portrait');
    // Keep a heading with two lines of text after it, or with its table when that fits a page.
    const text = (section?.text ?? '').split('\n').filter((candidate) => candidate.trim() !== '');
    const tableHeight =
      layout && style && text.length === 0 ? sum(measureTable({ document, layout, style }).rowHeights) : 0;
    const pageHeight = bottomLimit() - document.page.margins.top;
    const keptHeight = tableHeight > 0 && tableHeight + 2 * lineHeightPoints <= pageHeight ? tableHeight : 0;
    if (document.y + Math.max(3 * lineHeightPoints, lineHeightPoints + keptHeight) > bottomLimit()) {
      newPage(orientation());
    }
    document.font('title').fontSize(headingPoints).fillColor('black');
    document.text(`${definition.numeral}、${section?.title ?? definition.title}`, left(), document.y, {
      width: contentWidth(),
      indent,
      lineGap: bodyGap,
    });
    for (const line of text) {
      document.font('body').fontSize(bodyPoints).fillColor('black');
      document.text(line.trim(), left(), document.y, { width: contentWidth(), indent, lineGap: bodyGap });
    }
    if (layout && style) {
      if (style.orientation !== orientation()) newPage(style.orientation);
      document.moveDown(0.4);
      drawTable({ document, layout, style, newPage: () => newPage(orientation()) });
      document.font('body').fontSize(bodyPoints).moveDown(0.4);
    }
  }

  numberPages(document);
  document.end();
  return pdf;
}

/** The column widths (filling the text width), the placed cells and the row heights that fit the wrapped text. */
function measureTable(options: { document: PDFKit.PDFDocument; layout: TableLayout; style: TableStyle }): {
  columnWidths: number[];
  placed: PlacedCell[];
  rowHeights: number[];
} {
  const { document, layout, style } = options;
  const width = document.page.width - document.page.margins.left - document.page.margins.right;
  const weightTotal = sum(style.columnWeights);
  const columnWidths = style.columnWeights.map((weight) => (width * weight) / weightTotal);
  const placed = placeCells(layout);
  const spanWidth = (item: PlacedCell): number =>
    sum(columnWidths.slice(item.column, item.column + item.cell.columnSpan));
  document.font('body').fontSize(style.fontPoints);
  const textHeight = (item: PlacedCell): number =>
    item.cell.text === ''
      ? 0
      : document.heightOfString(item.cell.text, { width: spanWidth(item) - 2 * cellPaddingPoints });
  const minimumRowHeight = document.currentLineHeight(true) + 2 * cellPaddingPoints + 2;
  // Single-row cells first, then a merged cell stretches the last row it covers.
  const rowHeights = layout.rows.map(() => minimumRowHeight);
  for (const item of placed.filter((candidate) => candidate.cell.rowSpan === 1)) {
    rowHeights[item.row] = Math.max(rowHeights[item.row] ?? 0, textHeight(item) + 2 * cellPaddingPoints);
  }
  for (const item of placed.filter((candidate) => candidate.cell.rowSpan > 1)) {
    const covered = sum(rowHeights.slice(item.row, item.row + item.cell.rowSpan));
    const needed = textHeight(item) + 2 * cellPaddingPoints;
    const lastRow = item.row + item.cell.rowSpan - 1;
    if (needed > covered) rowHeights[lastRow] = (rowHeights[lastRow] ?? 0) + needed - covered;
  }
  return { columnWidths, placed, rowHeights };
}

/**
 * Draws a table as a ruled grid from the current position: row heights fit the wrapped text,
 * merged cells span their rows and columns, and the table breaks across pages between rows — a
 * merged cell that fits on a page is not split, one that does not is drawn again (with its text)
 * on the next page, and the header rows are repeated there.
 */
function drawTable(options: {
  document: PDFKit.PDFDocument;
  layout: TableLayout;
  style: TableStyle;
  newPage: () => void;
}): void {
  const { document, layout, style } = options;
  const left = document.page.margins.left;
  const bottomLimit = (): number => document.page.height - document.page.margins.bottom;
  const { columnWidths, placed, rowHeights } = measureTable({ document, layout, style });
  const columnLefts = columnWidths.map((_, index) => left + sum(columnWidths.slice(0, index)));
  const spanWidth = (item: PlacedCell): number =>
    sum(columnWidths.slice(item.column, item.column + item.cell.columnSpan));
  const heightOfRows = (from: number, to: number): number => sum(rowHeights.slice(from, to));

  const headerRows = style.repeatedHeaderRows;
  const headerHeight = heightOfRows(0, headerRows);
  const pageBodyHeight = (): number => bottomLimit() - document.page.margins.top - headerHeight;

  /** Draws rows [from, to) with their top at y; a merged cell is clipped to the rows drawn. */
  const drawRows = (from: number, to: number, top: number): void => {
    const isHeaderPart = from < headerRows;
    for (const item of placed) {
      const first = Math.max(item.row, from);
      const last = Math.min(item.row + item.cell.rowSpan, to);
      if (first >= last) continue;
      const x = columnLefts[item.column] ?? left;
      const y = top + heightOfRows(from, first);
      const cellWidth = spanWidth(item);
      const cellHeight = heightOfRows(first, last);
      document
        .save()
        .lineWidth(ruleWidthPoints)
        .strokeColor('black')
        .rect(x, y, cellWidth, cellHeight)
        .stroke();
      document.restore();
      if (item.cell.text === '') continue;
      const isRowLabel =
        item.cell.isHeader && !isHeaderPart && item.cell.rowSpan === 1 && layout.table === '三';
      const textWidth = cellWidth - 2 * cellPaddingPoints;
      document.font('body').fontSize(style.fontPoints).fillColor('black');
      const height = Math.min(document.heightOfString(item.cell.text, { width: textWidth }), cellHeight);
      document.text(item.cell.text, x + cellPaddingPoints, y + (cellHeight - height) / 2, {
        width: textWidth,
        height: cellHeight,
        align: isRowLabel ? 'left' : 'center',
      });
    }
  };

  let y = document.y;
  // A table that fits on a fresh page but not below the text starts on the next page.
  const wholeHeight = heightOfRows(0, layout.rows.length);
  if (y + wholeHeight > bottomLimit() && wholeHeight <= pageBodyHeight() + headerHeight) {
    options.newPage();
    y = document.y;
  }
  if (headerRows > 0 && y + headerHeight + (rowHeights[headerRows] ?? 0) > bottomLimit()) {
    options.newPage();
    y = document.y;
  }
  let start = headerRows;
  if (headerRows > 0) {
    drawRows(0, headerRows, y);
    y += headerHeight;
  }
  while (start < layout.rows.length) {
    let end = start;
    while (end < layout.rows.length && y + heightOfRows(start, end + 1) <= bottomLimit()) end += 1;
    if (end === start) {
      if (y <= document.page.margins.top + headerHeight) end = start + 1; // A row taller than a page.
    } else if (end < layout.rows.length) {
      end = keepMergedCellsTogether({
        placed,
        start,
        end,
        fits: (from, to) => heightOfRows(from, to) <= pageBodyHeight(),
      });
    }
    if (end > start) {
      drawRows(start, end, y);
      y += heightOfRows(start, end);
    }
    start = end;
    if (start < layout.rows.length) {
      options.newPage();
      y = document.y;
      if (headerRows > 0) {
        drawRows(0, headerRows, y);
        y += headerHeight;
      }
    }
  }
  document.x = left;
  document.y = y;
}

/**
 * Moves a page break at `end` back so that no merged cell starting below the page's first row is
 * cut, when that cell would fit on one page; a cell taller than a page is cut where it must be.
 */
function keepMergedCellsTogether(options: {
  placed: readonly PlacedCell[];
  start: number;
  end: number;
  fits: (from: number, to: number) => boolean;
}): number {
  let end = options.end;
  let isMoved = true;
  while (isMoved) {
    isMoved = false;
    for (const item of options.placed) {
      const cellEnd = item.row + item.cell.rowSpan;
      const isCut = item.row < end && cellEnd > end;
      if (isCut && item.row > options.start && options.fits(item.row, cellEnd)) {
        end = item.row;
        isMoved = true;
      }
    }
  }
  return end;
}
