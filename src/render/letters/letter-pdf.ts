import PDFDocument from 'pdfkit';
import type { Letter } from '../../domain/applications/letters/letter.ts';
import { collectPdfBytes, numberPages, registerCjkFonts } from '../pdf/pdf-document.ts';
import { resolveCjkFont, type CjkFont } from './cjk-font.ts';
import {
  addresseeLine,
  attachmentItems,
  attachmentLabel,
  characterWidth,
  draftNotice,
  letterLayout,
  millimetresToPoints,
  signatureIndents,
} from './letter-layout.ts';

export type RenderLetterPdfOptions = {
  /** Body font file (.ttf/.otf/.ttc, `path#PostScriptName` for a face of a collection); else GONGKAI_PDF_FONT, else an installed Chinese font. */
  fontPath?: string;
  /** Title font; else GONGKAI_PDF_TITLE_FONT, else a bold Chinese font, else the body font. */
  titleFontPath?: string;
};

const { bodyPoints, titlePoints, lineHeightPoints, smallPoints } = letterLayout;
const sealRadiusPoints = millimetresToPoints(21);
const sealColour = '#c00000';

/** Line heights tried in turn so the seal, name and date fit under the text (GB/T 9704 7.3.5: adjust line spacing). */
const lineHeightsToTry = [lineHeightPoints, 26, 24, 22];

/**
 * The letter as a PDF (A4, GB/T 9704 geometry) with the Chinese font embedded as a subset:
 * title, 文号, addressee, body paragraphs indented two characters, attachments, the agency name
 * and date at the lower right inside a dashed circle marking the seal position, page numbers.
 * Throws `CjkFontError` (Chinese message) when no Chinese font can be found.
 */
export async function renderLetterPdf(letter: Letter, options: RenderLetterPdfOptions = {}): Promise<Buffer> {
  const fonts = {
    body: resolveCjkFont({ role: 'body', fontPath: options.fontPath }),
    title:
      options.titleFontPath === undefined
        ? resolveCjkFont({ role: 'title' })
        : resolveCjkFont({ role: 'title', fontPath: options.titleFontPath }),
  };
  let result: { pdf: Promise<Buffer>; isSignatureAlone: boolean } | null = null;
  for (const lineHeight of lineHeightsToTry) {
    result = drawLetter({ letter, fonts, lineHeight });
    if (!result.isSignatureAlone) break;
  }
  if (result === null) throw new RangeError('no line height to try');
  return result.pdf;
}

function drawLetter(options: {
  letter: Letter;
  fonts: { body: CjkFont; title: CjkFont };
  lineHeight: number;
}): { pdf: Promise<Buffer>; isSignatureAlone: boolean } {
  const { letter, fonts, lineHeight } = options;
  const margins = letterLayout.marginMillimetres;
  const document = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: {
      top: millimetresToPoints(margins.top),
      bottom: millimetresToPoints(margins.bottom),
      left: millimetresToPoints(margins.left),
      right: millimetresToPoints(margins.right),
    },
    info: { Title: letter.title, Author: letter.signature.agencyName, Subject: letter.caseNumber },
  });
  const pdf = collectPdfBytes(document);
  registerCjkFonts(document, fonts);

  const left = document.page.margins.left;
  const contentWidth = document.page.width - left - document.page.margins.right;
  const bottomLimit = (): number => document.page.height - document.page.margins.bottom;
  document.font('body').fontSize(bodyPoints);
  const bodyGap = Math.max(0, lineHeight - document.currentLineHeight());
  const write = (text: string, textOptions: PDFKit.Mixins.TextOptions = {}): void => {
    document.font('body').fontSize(bodyPoints).fillColor('black');
    document.text(text, left, document.y, { width: contentWidth, lineGap: bodyGap, ...textOptions });
  };

  if (letter.isDraft) {
    document.font('body').fontSize(smallPoints).fillColor(sealColour);
    document.text(draftNotice, left, document.y, { width: contentWidth, align: 'center' });
    document.moveDown(0.5);
  }
  document.font('title').fontSize(titlePoints).fillColor('black');
  document.text(letter.title, left, document.y, { width: contentWidth, align: 'center', lineGap: 8 });
  document.moveDown(0.3);
  if (letter.documentNumber !== null) write(letter.documentNumber, { align: 'center' });
  document.moveDown(0.6);
  write(addresseeLine(letter));
  const indent = letterLayout.firstLineIndentCharacters * bodyPoints;
  for (const paragraph of letter.paragraphs) write(paragraph, { indent });

  const attachments = attachmentItems(letter);
  if (attachments.length > 0) document.moveDown(0.8);
  // 附件： two characters in, the items (and their wrapped lines) aligned after the label.
  const itemOffset = (2 + characterWidth(attachmentLabel)) * bodyPoints;
  attachments.forEach((text, index) => {
    document.font('body').fontSize(bodyPoints).fillColor('black');
    if (index === 0) {
      document.text(attachmentLabel, left + 2 * bodyPoints, document.y, { lineBreak: false });
    }
    document.text(text, left + itemOffset, document.y, {
      width: contentWidth - itemOffset,
      lineGap: bodyGap,
    });
  });

  // GB/T 9704 7.3.5.1: the seal's top within one line of the text, the agency name and the date
  // just below its centre; the block stays on one page.
  const sealTop = document.y + 4;
  const isSignatureAlone = sealTop + 2 * sealRadiusPoints > bottomLimit();
  if (isSignatureAlone) document.addPage();
  const sealCentreY = (isSignatureAlone ? document.y : sealTop) + sealRadiusPoints;
  const nameY = sealCentreY - 4;
  const dateY = nameY + lineHeight;
  const indents = signatureIndents(letter);
  const rightEdge = left + contentWidth;
  const nameRight = rightEdge - indents.nameRightCharacters * bodyPoints;
  const nameWidth = characterWidth(letter.signature.agencyName) * bodyPoints;
  document.font('body').fontSize(bodyPoints).fillColor('black');
  document.text(letter.signature.agencyName, left, nameY, {
    width: contentWidth - indents.nameRightCharacters * bodyPoints,
    align: 'right',
    lineBreak: false,
  });
  document.text(letter.signature.dateText, left, dateY, {
    width: contentWidth - indents.dateRightCharacters * bodyPoints,
    align: 'right',
    lineBreak: false,
  });
  const sealCentreX = nameRight - nameWidth / 2;
  document
    .save()
    .lineWidth(0.8)
    .dash(4, { space: 3 })
    .strokeColor(sealColour)
    .circle(sealCentreX, sealCentreY, sealRadiusPoints)
    .stroke()
    .undash()
    .restore();
  document.font('body').fontSize(smallPoints).fillColor(sealColour);
  document.text(letter.signature.sealLabel, sealCentreX - 40, sealCentreY - sealRadiusPoints + 8, {
    width: 80,
    align: 'center',
    lineBreak: false,
  });

  numberPages(document);
  document.end();
  return { pdf, isSignatureAlone };
}
