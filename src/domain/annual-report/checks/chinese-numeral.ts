/**
 * Reads a count written in Chinese numerals, as reports write small figures in their text
 * ("共收到申请三件", "十二件", "一百零五件", "两件", "〇件"). Returns null for anything that is not a
 * well-formed number below 一亿, so a stray character never becomes a figure.
 */
const digitValues: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const unitValues: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese-numeral count is written with (for building patterns). */
export const chineseNumeralCharacters = '零〇一二两三四五六七八九十百千万';

export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  const tenThousandAt = text.indexOf('万');
  if (tenThousandAt !== -1) {
    if (text.indexOf('万', tenThousandAt + 1) !== -1) return null;
    const high = parseBelowTenThousand(text.slice(0, tenThousandAt));
    const lowText = text.slice(tenThousandAt + 1);
    const low = lowText === '' ? 0 : parseBelowTenThousand(lowText.replace(/^[零〇]/, ''));
    if (high === null || high === 0 || low === null) return null;
    return high * 10000 + low;
  }
  return parseBelowTenThousand(text);
}

/** 0–9999: digits, each optionally followed by a unit in falling order; 零 marks skipped units. */
function parseBelowTenThousand(text: string): number | null {
  if (text === '') return null;
  if (text.length === 1 && digitValues[text] !== undefined) return digitValues[text];
  let total = 0;
  let pendingDigit: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  let isAfterZero = false;
  for (const [index, character] of [...text].entries()) {
    const digit = digitValues[character];
    const unit = unitValues[character];
    if (digit !== undefined) {
      if (pendingDigit !== null) return null;
      if (digit === 0) {
        if (isAfterZero || index === 0) return null;
        isAfterZero = true;
        continue;
      }
      pendingDigit = digit;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return null;
      // 十 alone at the start means 一十 (十二 = 12); elsewhere a unit needs its digit.
      const multiplier = pendingDigit ?? (index === 0 && unit === 10 ? 1 : null);
      if (multiplier === null) return null;
      total += multiplier * unit;
      lastUnit = unit;
      pendingDigit = null;
      isAfterZero = false;
    } else {
      return null;
    }
  }
  if (pendingDigit !== null) {
    // A final digit counts as ones, unless it follows a unit directly without 零 (三百五 = 350):
    // reports do not write figures that way, so refuse rather than guess.
    if (lastUnit !== Number.POSITIVE_INFINITY && lastUnit > 10 && !isAfterZero) return null;
    total += pendingDigit;
  }
  return total;
}
