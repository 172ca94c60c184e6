import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import type { Letter } from '../../domain/applications/letters/letter.ts';
import {
  addresseeLine,
  attachmentItems,
  attachmentLabel,
  characterWidth,
  draftNotice,
  letterLayout,
  millimetresToPoints,
  pointsToTwips,
  signatureIndents,
} from './letter-layout.ts';

/** Font names written into the document; Word and LibreOffice substitute the fallback when one is missing. */
export type LetterDocxFonts = {
  /** 仿宋 body (GB/T 9704: 3号仿宋体字). */
  body: string;
  /** 小标宋 / 黑体 style title. */
  title: string;
  /** The document's default East Asian font, used where a named font is not installed. */
  fallback: string;
  /** Latin letters and digits. */
  latin: string;
};

export const defaultLetterDocxFonts: LetterDocxFonts = {
  body: '仿宋',
  title: '黑体',
  fallback: '宋体',
  latin: 'Times New Roman',
};

const { bodyPoints, titlePoints, lineHeightPoints, smallPoints } = letterLayout;
const halfPoints = (points: number): number => points * 2;
const characterTwips = (characters: number): number => pointsToTwips(characters * bodyPoints);

function run(
  options: { text: string; eastAsiaFont: string; latin: string; points: number } & Omit<IRunOptions, 'font'>,
): TextRun {
  const { text, eastAsiaFont, latin, points, ...rest } = options;
  return new TextRun({
    ...rest,
    text,
    size: halfPoints(points),
    font: { eastAsia: eastAsiaFont, ascii: latin, hAnsi: latin },
    language: { eastAsia: 'zh-CN' },
  });
}

const exactLines = { line: pointsToTwips(lineHeightPoints), lineRule: LineRuleType.EXACT };

/**
 * The letter as a Word document (A4, GB/T 9704 geometry): title, 文号, addressee, body paragraphs
 * indented two characters, attachments, the agency name and date at the lower right with the seal
 * position marked, page numbers in the footer. Text is escaped by the `docx` package.
 */
export async function renderLetterDocx(
  letter: Letter,
  options: { fonts?: LetterDocxFonts } = {},
): Promise<Buffer> {
  const fonts = options.fonts ?? defaultLetterDocxFonts;
  const body = (text: string, extra: Omit<IRunOptions, 'font'> = {}): TextRun =>
    run({ text, eastAsiaFont: fonts.body, latin: fonts.latin, points: bodyPoints, ...extra });
  const children: Paragraph[] = [];
  if (letter.isDraft) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          run({
            text: draftNotice,
            eastAsiaFont: fonts.body,
            latin: fonts.latin,
            points: smallPoints,
            color: 'C00000',
          }),
        ],
      }),
    );
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: {
        line: pointsToTwips(titlePoints * 1.6),
        lineRule: LineRuleType.EXACT,
        after: pointsToTwips(8),
      },
      children: [
        run({
          text: letter.title,
          eastAsiaFont: fonts.title,
          latin: fonts.latin,
          points: titlePoints,
          bold: true,
        }),
      ],
    }),
  );
  if (letter.documentNumber !== null) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactLines,
        children: [body(letter.documentNumber)],
      }),
    );
  }
  children.push(new Paragraph({ spacing: exactLines, children: [body('')] }));
  children.push(new Paragraph({ spacing: exactLines, children: [body(addresseeLine(letter))] }));
  const attachments = attachmentItems(letter);
  letter.paragraphs.forEach((text, index) => {
    // The last paragraph goes with the signature block: the 落款 never stands alone on a page.
    const isLast = index === letter.paragraphs.length - 1 && attachments.length === 0;
    children.push(
      new Paragraph({
        keepNext: isLast,
        keepLines: isLast,
        alignment: AlignmentType.BOTH,
        spacing: exactLines,
        indent: { firstLine: characterTwips(letterLayout.firstLineIndentCharacters) },
        children: [body(text)],
      }),
    );
  });
  if (attachments.length > 0) children.push(new Paragraph({ spacing: exactLines, children: [body('')] }));
  // 附件： two characters in, the items (and their wrapped lines) aligned after the label.
  const labelCharacters = characterWidth(attachmentLabel);
  attachments.forEach((text, index) => {
    children.push(
      new Paragraph({
        keepNext: true,
        keepLines: true,
        spacing: exactLines,
        indent:
          index === 0
            ? { left: characterTwips(2 + labelCharacters), hanging: characterTwips(labelCharacters) }
            : { left: characterTwips(2 + labelCharacters) },
        children: [body(index === 0 ? `${attachmentLabel}${text}` : text)],
      }),
    );
  });
  const indents = signatureIndents(letter);
  children.push(
    new Paragraph({ keepNext: true, spacing: exactLines, children: [body('')] }),
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.RIGHT,
      spacing: exactLines,
      indent: { right: characterTwips(indents.nameRightCharacters + 1) },
      children: [
        run({
          text: letter.signature.sealLabel,
          eastAsiaFont: fonts.body,
          latin: fonts.latin,
          points: smallPoints,
          color: 'C00000',
        }),
      ],
    }),
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.RIGHT,
      spacing: exactLines,
      indent: { right: characterTwips(indents.nameRightCharacters) },
      children: [body(letter.signature.agencyName)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exactLines,
      indent: { right: characterTwips(indents.dateRightCharacters) },
      children: [body(letter.signature.dateText)],
    }),
  );
  const margins = letterLayout.marginMillimetres;
  const twipsOf = (millimetres: number): number => pointsToTwips(millimetresToPoints(millimetres));
  const document = new Document({
    creator: letter.signature.agencyName,
    title: letter.title,
    styles: {
      default: {
        document: {
          run: {
            font: { eastAsia: fonts.fallback, ascii: fonts.latin, hAnsi: fonts.latin },
            size: halfPoints(bodyPoints),
            language: { value: 'zh-CN', eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twipsOf(letterLayout.pageWidthMillimetres),
              height: twipsOf(letterLayout.pageHeightMillimetres),
            },
            margin: {
              top: twipsOf(margins.top),
              bottom: twipsOf(margins.bottom),
              left: twipsOf(margins.left),
              right: twipsOf(margins.right),
              footer: twipsOf(20),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    size: halfPoints(14),
                    font: { eastAsia: fonts.fallback, ascii: fonts.latin, hAnsi: fonts.latin },
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
