import type { CjkFont } from '../letters/cjk-font.ts';
import { readFontBytes } from '../letters/cjk-font.ts';
import { millimetresToPoints } from '../letters/letter-layout.ts';

/** The document's bytes once it ends (call before writing anything, then `document.end()`). */
export function collectPdfBytes(document: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
}

/** Registers the Chinese body and title fonts under the names `body` and `title`. */
export function registerCjkFonts(
  document: PDFKit.PDFDocument,
  fonts: { body: CjkFont; title: CjkFont },
): void {
  document.registerFont('body', readFontBytes(fonts.body), fonts.body.postscriptName);
  document.registerFont('title', readFontBytes(fonts.title), fonts.title.postscriptName);
}

/**
 * Page numbers “— n —” centred under the text (GB/T 9704 7.5, 四号 numerals) on every buffered page
 * (the document is made with `bufferPages: true`).
 */
export function numberPages(document: PDFKit.PDFDocument): void {
  const range = document.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    document.switchToPage(index);
    const bottomMargin = document.page.margins.bottom;
    document.page.margins.bottom = 0;
    document.font('body').fontSize(14).fillColor('black');
    document.text(`— ${index + 1} —`, 0, document.page.height - millimetresToPoints(22), {
      width: document.page.width,
      align: 'center',
      lineBreak: false,
    });
    document.page.margins.bottom = bottomMargin;
  }
}
