import { describe, expect, it } from 'vitest';
import { extractTextFigures } from './text-figures.ts';

function valuesOf(text: string): Array<[string, number]> {
  return extractTextFigures(text).map((figure) => [figure.subject, figure.value]);
}

describe('extractTextFigures (rule 8)', () => {
  it('reads figures written in digits', () => {
    expect(valuesOf('本年度共收到政府信息公开申请12件，上年结转3件。')).toEqual([
      ['本年新收政府信息公开申请', 12],
      ['上年结转政府信息公开申请', 3],
    ]);
  });

  it('reads figures written in Chinese numerals', () => {
    expect(
      valuesOf(
        '全年共收到政府信息公开申请一百零五件，结转下年度继续办理两件；发生政府信息公开行政复议三起。',
      ),
    ).toEqual([
      ['本年新收政府信息公开申请', 105],
      ['结转下年度继续办理的申请', 2],
      ['政府信息公开行政复议', 3],
    ]);
  });

  it('does not take a time limit for a count', () => {
    expect(valuesOf('收到申请后十五个工作日内答复，收到申请后20个工作日内答复。')).toEqual([]);
  });

  it('skips a malformed numeral instead of guessing', () => {
    expect(valuesOf('共收到申请三百五件。')).toEqual([]);
  });
});
