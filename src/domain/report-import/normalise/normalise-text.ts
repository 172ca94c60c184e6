import { convertToSimplified, isTraditionalScript } from './convert-traditional.ts';
import {
  collapseDoubledPunctuation,
  toChinesePunctuation,
  toHalfWidthAlphanumerics,
} from './normalise-punctuation.ts';
import { removePinyinReadings } from './remove-pinyin.ts';

/** What normalisation changed, for the import findings. */
export type NormalisationNotes = { wasTraditional: boolean; hadPinyin: boolean };

/** Normalises one piece of text (a line or a cell) of a document whose script is known. */
export function normalisePiece(options: { text: string; isTraditional: boolean }): string {
  const halfWidth = toHalfWidthAlphanumerics(options.text);
  const withoutPinyin = removePinyinReadings(halfWidth);
  const simplified = options.isTraditional ? convertToSimplified(withoutPinyin) : withoutPinyin;
  return collapseDoubledPunctuation(toChinesePunctuation(simplified));
}

/**
 * Normalises a whole document's text, line by line (line breaks are kept: they carry the table
 * structure): half-width digits, pinyin readings removed, simplified script, Chinese punctuation.
 */
export function normaliseText(text: string): { text: string; notes: NormalisationNotes } {
  const unified = text.replace(/\r\n?/g, '\n');
  const halfWidth = toHalfWidthAlphanumerics(unified);
  const withoutPinyin = removePinyinReadings(halfWidth);
  const isTraditional = isTraditionalScript(withoutPinyin);
  const simplified = isTraditional ? convertToSimplified(withoutPinyin) : withoutPinyin;
  const normalised = collapseDoubledPunctuation(toChinesePunctuation(simplified));
  return {
    text: normalised,
    notes: { wasTraditional: isTraditional, hadPinyin: withoutPinyin !== halfWidth },
  };
}
