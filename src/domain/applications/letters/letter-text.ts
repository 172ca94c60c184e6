/** Small text helpers for letter values (Chinese punctuation). */

const fullRegulationName = '《中华人民共和国政府信息公开条例》';

/** `《条例》第三十七条` → `《中华人民共和国政府信息公开条例》第三十七条`: a letter names the law in full. */
export function expandRegulationName(legalBasis: string): string {
  return legalBasis.trim().replaceAll('《条例》', fullRegulationName);
}

/** Ends a non-empty text with a Chinese full stop unless it already ends with punctuation; '' stays ''. */
export function asSentence(text: string | null): string {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return '';
  return /[。！？；：.!?;]$/.test(trimmed) ? trimmed : `${trimmed}。`;
}

/** Drops a trailing full stop so the text can sit inside a sentence. */
export function withoutFinalStop(text: string): string {
  return text.trim().replace(/[。.]+$/, '');
}

/** `1．甲` lines, the numbering of official documents (full-width point). */
export function numberedLines(items: readonly string[]): string {
  return items
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item, index) => `${index + 1}．${item}`)
    .join('\n');
}
