import { describe, expect, it } from 'vitest';
import {
  describeFindingPosition,
  isLuhnValid,
  scanPersonalInformation,
} from './personal-information-scan.ts';

describe('personal-information scan', () => {
  it('finds identity numbers with a valid check character, with their positions', () => {
    // 11010519491231002X: check character worked out by hand with the MOD 11-2 weights.
    const text = '申请人身份证号11010519491231002X，已核实。';
    expect(scanPersonalInformation({ body: text })).toEqual([
      { kind: 'residentIdentityCard', field: 'body', start: 7, end: 25, maskedText: '110105********002X' },
    ]);
  });

  it('ignores an 18-digit number whose check character is wrong', () => {
    // The valid number ends in 0 (330402199001011230); 9 is wrong, and it fails Luhn too.
    const findings = scanPersonalInformation({ body: '编号330402199001011239' });
    expect(findings.filter((finding) => finding.kind === 'residentIdentityCard')).toEqual([]);
  });

  it('finds mobile numbers, also with separators, but not parts of longer numbers', () => {
    const text = '联系电话13812345678或138-1234-5679；合同号2013812345678901';
    const findings = scanPersonalInformation({ summary: text });
    expect(findings.map((finding) => [finding.kind, finding.start, finding.maskedText])).toEqual([
      ['mobileNumber', 4, '138****5678'],
      ['mobileNumber', 16, '138****5679'],
    ]);
  });

  it('finds bank card numbers that pass the Luhn check', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    const valid = scanPersonalInformation({ body: '收款账号6217000010012345677' });
    expect(valid).toEqual([
      { kind: 'bankCardNumber', field: 'body', start: 4, end: 23, maskedText: '6217***********5677' },
    ]);
    expect(scanPersonalInformation({ body: '收款账号6217000010012345673' })).toEqual([]);
    expect(scanPersonalInformation({ body: '卡号 4111 1111 1111 1111 。' })[0]).toMatchObject({
      kind: 'bankCardNumber',
      start: 3,
      end: 22,
    });
  });

  it('finds addresses written after a label', () => {
    const text = '当事人张某，家庭住址：示例市东城区幸福路8号3单元，经营地址为某商场。';
    expect(scanPersonalInformation({ body: text })).toEqual([
      { kind: 'privateAddress', field: 'body', start: 11, end: 25, maskedText: '示例市***' },
    ]);
    expect(scanPersonalInformation({ body: '本机关办公地址：示例市人民路1号' })).toEqual([]);
  });

  it('finds nothing in ordinary text, dates and document numbers', () => {
    const text =
      '示商发〔2025〕12号，2025年3月3日印发，预算金额1380000元，统一社会信用代码11100000000013127D。';
    expect(scanPersonalInformation({ title: text, body: text })).toEqual([]);
  });

  it('reports lines and columns for people', () => {
    expect(describeFindingPosition('第一行\n第二行有号码', 8)).toEqual({ line: 2, column: 5 });
  });
});
