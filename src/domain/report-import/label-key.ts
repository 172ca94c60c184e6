/**
 * The key labels are compared by: no spaces, no punctuation or symbols, half-width. `（三）不予
 * 公开`, `(三)不予公开` and `三 不予公开` have the same key; `1.其他` and `其他` do not.
 */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}
