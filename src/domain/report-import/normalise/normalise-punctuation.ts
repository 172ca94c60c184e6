/**
 * Width and punctuation: full-width digits and letters to half-width, Chinese punctuation for
 * half-width marks in Chinese text, and doubled marks (`,,` `,、` `。,`) collapsed to one.
 */

const cjk = '\\u3400-\\u9fff';

export function toHalfWidthAlphanumerics(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[／]/g, '/')
    .replace(/[｜]/g, '|')
    .replace(/\u3000/g, ' ')
    .replace(/[\u00a0\u2002\u2003\u2009\u200b\ufeff]/g, (character) =>
      character === '\u200b' || character === '\ufeff' ? '' : ' ',
    );
}

const parenthesisedChinese = new RegExp(`\\(([^()（）]*[${cjk}][^()（）]*)\\)`, 'g');
const mixedOpen = new RegExp(`\\(([^()（）]*[${cjk}][^()（）]*)）`, 'g');
const mixedClose = new RegExp(`（([^()（）]*[${cjk}][^()（）]*)\\)`, 'g');

/** Half-width marks next to Chinese text become the Chinese marks the format prints. */
export function toChinesePunctuation(text: string): string {
  let result = text;
  for (let pass = 0; pass < 2; pass += 1) {
    result = result
      .replace(parenthesisedChinese, '（$1）')
      .replace(mixedOpen, '（$1）')
      .replace(mixedClose, '（$1）');
  }
  return result
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/;/g, '；')
    .replace(new RegExp(`(?<=[${cjk}）])\\s*:|:\\s*(?=[${cjk}（])`, 'g'), '：')
    .replace(new RegExp(`(?<=[${cjk}])\\?`, 'g'), '？')
    .replace(new RegExp(`(?<=[${cjk}])!`, 'g'), '！');
}

const doubledMarks = /[，、。；：]{2,}/g;

/** `，，` → `，`; `，、` → `、`; `，。` → `。`: the strongest mark of a run wins. */
export function collapseDoubledPunctuation(text: string): string {
  return text.replace(doubledMarks, (run) => {
    for (const mark of ['。', '；', '：', '、']) if (run.includes(mark)) return mark;
    return '，';
  });
}
