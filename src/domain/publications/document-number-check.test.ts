import { describe, expect, it } from 'vitest';
import { checkDocumentNumber } from './document-number-check.ts';

describe('文号 check (GB/T 9704 〔〕)', () => {
  it('accepts the year in 六角括号, numbers without a year, and no number', () => {
    expect(checkDocumentNumber(' 示商发〔2025〕12号 ')).toEqual({
      isValid: true,
      documentNumber: '示商发〔2025〕12号',
    });
    expect(checkDocumentNumber('国务院令第711号')).toEqual({
      isValid: true,
      documentNumber: '国务院令第711号',
    });
    expect(checkDocumentNumber('')).toEqual({ isValid: true, documentNumber: '' });
  });

  it('refuses other brackets around the year and suggests the right form', () => {
    for (const written of [
      '示商发[2025]12号',
      '示商发（2025）12号',
      '示商发【2025】12号',
      '示商发(2025)12号',
      '示商发﹝2025﹞12号',
    ]) {
      expect(checkDocumentNumber(written), written).toEqual({
        isValid: false,
        reason: '文号中的年份应使用六角括号〔〕，例如“示商发〔2025〕12号”',
      });
    }
  });

  it('refuses 〔〕 without a four-digit year or without the closing 号', () => {
    expect(checkDocumentNumber('示商发〔25〕12号').isValid).toBe(false);
    expect(checkDocumentNumber('示商发〔2025〕').isValid).toBe(false);
  });
});
