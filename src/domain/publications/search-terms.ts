/**
 * Chinese full-text search without extensions (works on PGlite and PostgreSQL alike): the text is
 * cut into the terms of a `tsvector` here, in TypeScript — every single Han character and every
 * pair of neighbouring Han characters (bigrams), plus Latin words and numbers in lower case — and
 * stored with `array_to_tsvector`, so no text-search parser or dictionary is involved. A query is
 * cut the same way and all its terms must match (`&`).
 */
const hanRun = /\p{Script=Han}+/gu;
const wordRun = /[\p{L}\p{N}]+/gu;

function hanTerms(run: string, isQuery: boolean): string[] {
  const characters = [...run];
  if (characters.length === 1) return characters;
  const bigrams = characters.slice(1).map((character, index) => `${characters[index] ?? ''}${character}`);
  // A document also stores its single characters, so a one-character query finds it.
  return isQuery ? bigrams : [...characters, ...bigrams];
}

function termsOf(text: string, isQuery: boolean): string[] {
  const normalised = text.normalize('NFKC').toLowerCase();
  const terms: string[] = [];
  for (const match of normalised.matchAll(hanRun)) terms.push(...hanTerms(match[0], isQuery));
  for (const match of normalised.replace(hanRun, ' ').matchAll(wordRun)) terms.push(match[0]);
  return [...new Set(terms)];
}

/** The terms to index for a document's texts. */
export function searchTermsOf(texts: readonly string[]): string[] {
  return termsOf(texts.join('\n'), false);
}

/** A `tsquery` literal requiring every term of the query, or null when the query has no terms. */
export function searchQueryOf(query: string): string | null {
  const terms = termsOf(query, true).slice(0, 32);
  if (terms.length === 0) return null;
  return terms.map((term) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}
