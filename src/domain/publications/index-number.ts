/**
 * 索引号 (Art. 12 catalogue): permanent and unique, from the agency's pattern setting. Placeholders:
 * `{code}` the organisation code (the 统一社会信用代码 by default), `{yyyy}` the year, and `{n…}` the
 * yearly sequence padded to as many digits as there are n (rules.md §5: `000014349/2018-00222`).
 * Imported items keep whatever string they came with.
 */
export const defaultIndexNumberPattern = '{code}/{yyyy}-{nnnnn}';

export type IndexNumberPatternCheck = { isValid: true } | { isValid: false; reason: string };

export function checkIndexNumberPattern(pattern: string): IndexNumberPatternCheck {
  const sequences = pattern.match(/\{n+\}/g) ?? [];
  if (sequences.length !== 1)
    return { isValid: false, reason: '索引号格式须含且只含一个序号占位符，如 {nnnnn}' };
  if (!pattern.includes('{yyyy}')) return { isValid: false, reason: '索引号格式须含年份占位符 {yyyy}' };
  const unknown = pattern.replace(/\{code\}|\{yyyy\}|\{n+\}/g, '').match(/\{[^}]*\}/);
  if (unknown) return { isValid: false, reason: `索引号格式中有未知的占位符 ${unknown[0]}` };
  return { isValid: true };
}

export function formatIndexNumber(options: {
  pattern: string;
  organisationCode: string;
  year: number;
  sequence: number;
}): string {
  const { pattern, organisationCode, year, sequence } = options;
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error('sequence must be a positive integer');
  return pattern
    .replace('{code}', () => organisationCode)
    .replace('{yyyy}', String(year).padStart(4, '0'))
    .replace(/\{(n+)\}/, (_match, digits: string) => String(sequence).padStart(digits.length, '0'));
}
