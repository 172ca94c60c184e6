import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCaseNumber, generateQueryCode, normaliseQueryCode, parseCaseNumber } from './case-number.ts';

describe('case numbers', () => {
  it('formats and parses {agencySlug}-{yyyy}-{nnnnn}', () => {
    expect(formatCaseNumber({ agencySlug: 'jxsw', year: 2024, sequence: 1 })).toBe('jxsw-2024-00001');
    expect(formatCaseNumber({ agencySlug: 'jx-sw', year: 2025, sequence: 123456 })).toBe('jx-sw-2025-123456');
    expect(parseCaseNumber(' JX-SW-2025-00042 ')).toEqual({ agencySlug: 'jx-sw', year: 2025, sequence: 42 });
  });

  it.each([
    'jxsw-2024-0001',
    'jxsw-24-00001',
    'jxsw_2024-00001',
    '-2024-00001',
    'jxsw-2024-00000',
    'jxsw-2024',
  ])('does not parse %s', (text) => {
    expect(parseCaseNumber(text)).toBeNull();
  });

  it('refuses bad parts', () => {
    expect(() => formatCaseNumber({ agencySlug: 'JX SW', year: 2024, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ agencySlug: 'jxsw', year: 2024, sequence: 0 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ agencySlug: 'jxsw', year: 24, sequence: 1 })).toThrow(RangeError);
  });

  it('round-trips', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
    fc.assert(
      fc.property(
        slug,
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        (agencySlug, year, sequence) => {
          expect(parseCaseNumber(formatCaseNumber({ agencySlug, year, sequence }))).toEqual({
            agencySlug,
            year,
            sequence,
          });
        },
      ),
    );
  });
});

describe('query codes', () => {
  const bytes = (values: number[]) => () => Uint8Array.from(values);

  it('maps bytes onto the unambiguous alphabet and skips bytes that would bias it', () => {
    // Alphabet 23456789ABCDEFGHJKMNPQRSTUVWXYZ (31 characters); bytes ≥ 248 are skipped.
    const source = bytes([0, 1, 7, 8, 30, 31, 248, 255, 32, 62, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // 0→2, 1→3, 7→9, 8→A, 30→Z, 31→2, (248, 255 skipped), 32→3, 62→2, 100→100−93=7→9, 0→2
    expect(generateQueryCode({ randomBytes: source })).toBe('239AZ-23292');
  });

  it('asks for more bytes when too many are skipped', () => {
    let call = 0;
    const source = (size: number) => {
      call += 1;
      return call === 1 ? new Uint8Array(size).fill(250) : new Uint8Array(size).fill(10);
    };
    expect(generateQueryCode({ randomBytes: source })).toBe('CCCCC-CCCCC');
    expect(call).toBe(2);
  });

  it('never contains look-alike characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (random) => {
        const code = generateQueryCode({
          randomBytes: () => (random.some((byte) => byte < 248) ? random : new Uint8Array(20)),
        });
        expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      }),
    );
  });

  it('normalises what the applicant types', () => {
    expect(normaliseQueryCode(' abcde fghjk ')).toBe('ABCDE-FGHJK');
    expect(normaliseQueryCode('ABCDE-FGHJK')).toBe('ABCDE-FGHJK');
    expect(normaliseQueryCode('ABCDE-FGHJ0')).toBeNull();
    expect(normaliseQueryCode('ABCDE')).toBeNull();
  });
});
