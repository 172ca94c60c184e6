import { describe, expect, it } from 'vitest';
import { searchQueryOf, searchTermsOf } from './search-terms.ts';

describe('bigram search terms', () => {
  it('indexes single Han characters, bigrams and lower-cased words, without punctuation', () => {
    expect(searchTermsOf(['公开目录，GDP 2025'])).toEqual([
      '公',
      '开',
      '目',
      '录',
      '公开',
      '开目',
      '目录',
      'gdp',
      '2025',
    ]);
  });

  it('queries with bigrams (or the single character) joined by &', () => {
    expect(searchQueryOf('公开目录')).toBe("'公开' & '开目' & '目录'");
    expect(searchQueryOf('税')).toBe("'税'");
    expect(searchQueryOf('预算 GDP')).toBe("'预算' & 'gdp'");
    expect(searchQueryOf(' ，。!')).toBeNull();
    expect(searchQueryOf("o'brien")).toBe("'o' & 'brien'");
  });
});
