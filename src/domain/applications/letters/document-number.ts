import type { LetterKind } from './letter-kind.ts';

/**
 * 发文字号 (文号) of a letter from the agency's pattern, e.g. `示商务依复〔{年}〕{序号}号` →
 * 示商务依复〔2025〕12号. The year is bracketed with 〔〕 (GB/T 9704-2012 7.2.4); the sequence has no
 * leading zeros. The sequence itself is assigned when the letter is stored.
 */
export function formatDocumentNumber(options: { pattern: string; year: number; sequence: number }): string {
  const { pattern, year, sequence } = options;
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`文号序号应为正整数，收到 ${sequence}`);
  const problems = findDocumentNumberPatternProblems({ pattern });
  if (problems.length > 0) throw new RangeError(problems.join('；'));
  return pattern.replaceAll('{年}', String(year)).replaceAll('{序号}', String(sequence));
}

/** What is wrong with a 文号 pattern, in Chinese; empty when it can be used. */
export function findDocumentNumberPatternProblems(options: { pattern: string }): string[] {
  const { pattern } = options;
  const problems: string[] = [];
  if (!pattern.includes('{序号}')) problems.push('文号格式应包含 {序号}');
  if (!pattern.includes('{年}')) problems.push('文号格式应包含 {年}，如 示商务依复〔{年}〕{序号}号');
  const unknown = [...pattern.matchAll(/\{([^{}]*)\}/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => name !== '年' && name !== '序号');
  for (const name of unknown) problems.push(`文号格式中的 {${name}} 无法识别，只能使用 {年} 和 {序号}`);
  if (/[[\]［］]/.test(pattern)) problems.push('文号中的年份应使用六角括号〔〕');
  return problems;
}

/**
 * Whether a letter gets a 文号: every formal document does, except the registration receipt (登记回执),
 * which is numbered only when the agency says so in its letter settings (`is_receipt_numbered`).
 */
export function isLetterNumbered(options: { kind: LetterKind; isReceiptNumbered: boolean }): boolean {
  return options.kind !== 'receipt' || options.isReceiptNumbered;
}
