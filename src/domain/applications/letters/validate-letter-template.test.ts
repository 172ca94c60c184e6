import { describe, expect, it } from 'vitest';
import { defaultLetterTemplate } from './default-letter-templates.ts';
import {
  findDocumentNumberPatternProblems,
  formatDocumentNumber,
  isLetterNumbered,
} from './document-number.ts';
import { letterTemplateKeys } from './letter-kind.ts';
import { validateLetterTemplate } from './validate-letter-template.ts';

const messages = (template: Parameters<typeof validateLetterTemplate>[0]['template']): string[] =>
  validateLetterTemplate({ template }).map((problem) => problem.message);

describe('validateLetterTemplate', () => {
  it.each(letterTemplateKeys)('accepts the default template %s', (key) => {
    expect(messages(defaultLetterTemplate(key))).toEqual([]);
  });

  it('names an unknown placeholder', () => {
    const template = { ...defaultLetterTemplate('receipt'), body: '{答复期限}前答复。{申请人姓名}' };
    expect(messages(template)).toEqual(['未知的占位符 {申请人姓名}，请从可用占位符中选择']);
  });

  it('refuses a decision template without the remedy notice or the legal basis', () => {
    const template = defaultLetterTemplate('decision.withheldStateSecret');
    expect(messages({ ...template, body: template.body.replace('{救济途径}', '') })).toEqual([
      '缺少必需的占位符 {救济途径}（申请行政复议或提起行政诉讼的告知）',
    ]);
    expect(messages({ ...template, body: template.body.replace('{法律依据}', '《条例》第十四条') })).toEqual([
      '缺少必需的占位符 {法律依据}（答复所依据的条款）',
    ]);
  });

  it('requires what the outcome must state: the withheld parts of a partial disclosure (Art. 37)', () => {
    const template = defaultLetterTemplate('decision.partiallyDisclosed');
    expect(messages({ ...template, body: template.body.replace('{不予公开的部分}', '') })).toEqual([
      '缺少必需的占位符 {不予公开的部分}（不予公开的部分及理由（多行，第三十七条））',
    ]);
  });

  it('refuses a placeholder another kind of letter fills', () => {
    const template = { ...defaultLetterTemplate('receipt'), body: '{答复期限}；{缴费期限}' };
    expect(messages(template)).toEqual(['占位符 {缴费期限} 不能用于此类文书']);
  });

  it('refuses unbalanced braces and an empty title', () => {
    const template = { ...defaultLetterTemplate('receipt'), title: ' ', body: '{答复期限} {申请人' };
    expect(messages(template)).toEqual(['请填写文书标题', '花括号不成对：占位符应写成 {名称} 的形式']);
  });
});

describe('formatDocumentNumber', () => {
  it('fills the year and the sequence', () => {
    expect(formatDocumentNumber({ pattern: '示商务依复〔{年}〕{序号}号', year: 2025, sequence: 12 })).toBe(
      '示商务依复〔2025〕12号',
    );
  });

  it('explains a wrong pattern in Chinese', () => {
    expect(findDocumentNumberPatternProblems({ pattern: '示商务依复[{年}]{编号}号' })).toEqual([
      '文号格式应包含 {序号}',
      '文号格式中的 {编号} 无法识别，只能使用 {年} 和 {序号}',
      '文号中的年份应使用六角括号〔〕',
    ]);
  });

  it('numbers every letter but the receipt, which only when the agency numbers receipts', () => {
    expect(isLetterNumbered({ kind: 'decision', isReceiptNumbered: false })).toBe(true);
    expect(isLetterNumbered({ kind: 'feeNotice', isReceiptNumbered: false })).toBe(true);
    expect(isLetterNumbered({ kind: 'receipt', isReceiptNumbered: false })).toBe(false);
    expect(isLetterNumbered({ kind: 'receipt', isReceiptNumbered: true })).toBe(true);
  });
});
