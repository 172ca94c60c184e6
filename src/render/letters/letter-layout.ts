import type { Letter } from '../../domain/applications/letters/letter.ts';

/**
 * Shared page geometry of the letters, after GB/T 9704-2012 (党政机关公文格式): A4, margins
 * top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title 二号 (22 pt), body 三号 (16 pt), lines
 * 28 pt apart, paragraphs indented two characters, the date 4 characters from the right margin
 * and the agency name centred above it.
 */
export const letterLayout = {
  pageWidthMillimetres: 210,
  pageHeightMillimetres: 297,
  marginMillimetres: { top: 37, bottom: 35, left: 28, right: 26 },
  titlePoints: 22,
  bodyPoints: 16,
  lineHeightPoints: 28,
  firstLineIndentCharacters: 2,
  dateRightIndentCharacters: 4,
  smallPoints: 12,
} as const;

/** Approximate width in characters: CJK and full-width forms count 1, Latin letters and digits ½. */
export function characterWidth(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.5;
  return width;
}

/**
 * Right indents, in characters, of the agency name and the date: the date 4 characters from the
 * right margin and the name centred over it (wider name: the name 4 from the right, date centred).
 */
export function signatureIndents(letter: Letter): {
  nameRightCharacters: number;
  dateRightCharacters: number;
} {
  const base = letterLayout.dateRightIndentCharacters;
  const difference =
    (characterWidth(letter.signature.dateText) - characterWidth(letter.signature.agencyName)) / 2;
  return difference >= 0
    ? { nameRightCharacters: base + difference, dateRightCharacters: base }
    : { nameRightCharacters: base, dateRightCharacters: base - difference };
}

export const millimetresToPoints = (millimetres: number): number => (millimetres * 72) / 25.4;
/** 1 pt = 20 twips (twentieths of a point), the unit of WordprocessingML lengths. */
export const pointsToTwips = (points: number): number => Math.round(points * 20);

/** The salutation line: addressee with a full-width colon. */
export const addresseeLine = (letter: Letter): string => `${letter.addressee}：`;

/** The 附件 items, numbered when there are several; printed after the label 附件： and aligned under the first. */
export function attachmentItems(letter: Letter): string[] {
  if (letter.attachments.length === 1) return [...letter.attachments];
  return letter.attachments.map((item, index) => `${index + 1}．${item}`);
}

export const attachmentLabel = '附件：';

export const draftNotice = '（草稿：答复尚未经政府信息公开工作机构负责人审批，不得送达）';
