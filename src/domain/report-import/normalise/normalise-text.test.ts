import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from './drop-boilerplate.ts';
import {
  collapseDoubledPunctuation,
  toChinesePunctuation,
  toHalfWidthAlphanumerics,
} from './normalise-punctuation.ts';
import { normaliseText } from './normalise-text.ts';
import { removePinyinReadings } from './remove-pinyin.ts';

describe('removePinyinReadings', () => {
  it.each([
    ['年度報(bào)告', '年度報告'],
    ['公開（kāi）工作', '公開工作'],
    ['行[hang2]政', '行政'],
    ['處【chǔ】理', '處理'],
    ['申請(qing3)人', '申請人'],
    ['不(bu) 予', '不 予'],
    ['綠(lǜ)化', '綠化'],
  ])('removes the reading in %s', (noisy, clean) => {
    expect(removePinyinReadings(noisy)).toBe(clean);
  });

  it.each([
    '《条例》(以下简称《条例》)',
    '（一）予以公开',
    '(一)主动公开',
    '政务服务网(APP)上线',
    '通过微信(wechat)发布',
    '办件(135件)',
  ])('keeps real parentheses in %s', (text) => {
    expect(removePinyinReadings(text)).toBe(text);
  });
});

describe('punctuation and width', () => {
  it('collapses doubled marks to the strongest one', () => {
    expect(collapseDoubledPunctuation('2024年，，我局')).toBe('2024年，我局');
    expect(collapseDoubledPunctuation('发布，、政务')).toBe('发布、政务');
    expect(collapseDoubledPunctuation('工作，。下一步')).toBe('工作。下一步');
    expect(collapseDoubledPunctuation('三，、收到')).toBe('三、收到');
  });

  it('gives Chinese text its Chinese marks and keeps numbers intact', () => {
    expect(toChinesePunctuation('(一)予以公开')).toBe('（一）予以公开');
    expect(toChinesePunctuation('金额(单位:万元)')).toBe('金额（单位：万元）');
    expect(toChinesePunctuation('收到申请,共1,234件;')).toBe('收到申请，共1,234件；');
    expect(toChinesePunctuation('10:30')).toBe('10:30');
  });

  it('turns full-width digits and letters half-width', () => {
    expect(toHalfWidthAlphanumerics('２０２４年ＡＢ　１２')).toBe('2024年AB 12');
  });
});

describe('normaliseText', () => {
  it('converts a traditional, pinyin-annotated, doubly punctuated line to the simplified label', () => {
    const result = normaliseText(
      '三,、收到和處(chǔ)理政府信息公開(kāi)申請(qǐng)情況\n(二)部分公開(區分處理的,,只計這一情形,不計其他情形)',
    );
    expect(result.text).toBe(
      '三、收到和处理政府信息公开申请情况\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    );
    expect(result.notes).toEqual({ wasTraditional: true, hadPinyin: true });
  });

  it('leaves simplified text unchanged and says so', () => {
    const text = '一、总体情况\n本机关坚持以公开为常态、不公开为例外。';
    expect(normaliseText(text)).toEqual({ text, notes: { wasTraditional: false, hadPinyin: false } });
  });
});

describe('isBoilerplateLine', () => {
  it.each([
    '首页 > 政务公开 > 年度报告',
    '版权所有：某某市人民政府',
    '【打印本页】【关闭窗口】',
    '上一篇：关于开展培训的通知',
    '第 2 页 共 5 页',
    '扫一扫在手机打开当前页',
    '加微信领取免费资料',
  ])('recognises %s', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each(['一、总体情况', '2024年，本机关共收到政府信息公开申请12件。', '规章 | 0 | 0 | 0'])(
    'keeps %s',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(false);
    },
  );
});
