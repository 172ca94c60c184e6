/**
 * 发文字号 (文号) of a published document: 发文机关代字 + year in 六角括号 〔〕 + 发文顺序号 + 号
 * (GB/T 9704-2012 7.2.4, e.g. `示商发〔2025〕12号`). The year is never in () [] 【】 ［］ ﹝﹞ or
 * （）; numbers without a year (`国务院令第711号`) are accepted as written.
 */
export type DocumentNumberCheck =
  { isValid: true; documentNumber: string } | { isValid: false; reason: string };

const wrongYearBrackets = /[(（[【［﹝{]\s*((?:19|20)\d{2})\s*[)）\]】］﹞}]/;
const wellFormedYear = /〔(?:19|20)\d{2}〕/;

export function checkDocumentNumber(text: string): DocumentNumberCheck {
  const documentNumber = text.trim();
  if (documentNumber === '') return { isValid: true, documentNumber };
  const wrong = wrongYearBrackets.exec(documentNumber);
  if (wrong) {
    const suggestion = documentNumber.replace(wrongYearBrackets, `〔${wrong[1] ?? ''}〕`);
    return {
      isValid: false,
      reason: `文号中的年份应使用六角括号〔〕，例如“${suggestion}”`,
    };
  }
  if (documentNumber.includes('〔') || documentNumber.includes('〕')) {
    if (!wellFormedYear.test(documentNumber)) {
      return { isValid: false, reason: '文号中〔〕内应为四位年份，例如“示商发〔2025〕12号”' };
    }
    if (!/〕\s*第?\s*\d+\s*号$/.test(documentNumber)) {
      return { isValid: false, reason: '文号应以发文顺序号和“号”结尾，例如“示商发〔2025〕12号”' };
    }
  }
  return { isValid: true, documentNumber: documentNumber.replace(/\s+/g, '') };
}
