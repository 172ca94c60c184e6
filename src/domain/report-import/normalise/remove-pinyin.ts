/**
 * Removes pinyin readings a mirror site inserted after characters: `報(bào)告` → `報告`,
 * `行(xíng)`, `（hang2）`, `[bao4]`. Real parentheses — `(以下简称《条例》)`, `(一)`, `(APP)` —
 * are kept: the bracket must follow a Chinese character and hold only lower-case pinyin syllables.
 */

const syllablePattern =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)$/;

const readingPattern =
  /([\u3400-\u9fff])[ \t]?[(（[【〔]\s*([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[1-5]?(?:[ '’][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[1-5]?)*)\s*[)）\]】〕]/g;

function baseLetters(syllable: string): string {
  return syllable
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[1-5]$/, '');
}

export function isPinyinReading(text: string): boolean {
  const syllables = text.split(/[ '’]/);
  return syllables.length > 0 && syllables.every((syllable) => syllablePattern.test(baseLetters(syllable)));
}

export function removePinyinReadings(text: string): string {
  return text.replace(readingPattern, (whole: string, character: string, reading: string) =>
    isPinyinReading(reading) ? character : whole,
  );
}
