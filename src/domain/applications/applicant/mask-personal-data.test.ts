import { describe, expect, it } from 'vitest';
import {
  maskEmailAddress,
  maskIdentityNumber,
  maskPersonName,
  maskPhoneNumber,
} from './mask-personal-data.ts';

describe('masking personal data', () => {
  it.each([
    ['330402199001011234', '330402********1234'],
    ['11010519491231002X', '110105********002X'],
    ['E12345678', 'E1*****78'],
    ['H1234', 'H1*34'],
    ['1234', '****'],
  ])('masks the identity number %s as %s', (number, masked) => {
    expect(maskIdentityNumber(number)).toBe(masked);
  });

  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳娜娜', '欧***'],
    ['李', '*'],
    ['John Smith', 'J*** *****'],
    ['', ''],
  ])('masks the name %s as %s', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });

  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['0573-82345678', '0573-****5678'],
    ['010-1234567', '010-***4567'],
    ['12345', '***45'],
  ])('masks the phone number %s as %s', (phone, masked) => {
    expect(maskPhoneNumber(phone)).toBe(masked);
  });

  it('masks the local part of an e-mail address', () => {
    expect(maskEmailAddress('zhangsan@example.com')).toBe('z*******@example.com');
    expect(maskEmailAddress('a@example.com')).toBe('*@example.com');
  });
});
