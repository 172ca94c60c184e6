/**
 * The case number (申请编号) `{agencySlug}-{yyyy}-{nnnnn}`, e.g. `jxsw-2024-00001`, given on
 * registration and printed on the receipt; and the private query code (查询码) that, with the case
 * number, lets the applicant see the case's status on the portal.
 */
export type CaseNumber = { agencySlug: string; year: number; sequence: number };

const agencySlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const caseNumberPattern = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4})-(\d{5,})$/;

export function isAgencySlug(text: string): boolean {
  return agencySlugPattern.test(text);
}

export function formatCaseNumber(options: CaseNumber): string {
  const { agencySlug, year, sequence } = options;
  if (!isAgencySlug(agencySlug))
    throw new RangeError(`机关简称“${agencySlug}”只能包含小写字母、数字和连字符`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`年份无效：${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`流水号应为正整数，收到 ${sequence}`);
  return `${agencySlug}-${year}-${String(sequence).padStart(5, '0')}`;
}

/** Reads a case number typed by a person (case and surrounding spaces ignored); null when malformed. */
export function parseCaseNumber(text: string): CaseNumber | null {
  const match = caseNumberPattern.exec(text.trim().toLowerCase());
  if (!match) return null;
  const sequence = Number(match[3]);
  if (sequence < 1) return null;
  return { agencySlug: match[1] ?? '', year: Number(match[2]), sequence };
}

/** Digits and capitals without the look-alikes 0/O, 1/I/L (31 characters). */
export const queryCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const queryCodeLength = 10;

/** Any source of uniformly random bytes, e.g. `crypto.randomBytes` injected by the use case. */
export type RandomBytes = (size: number) => Uint8Array;

/**
 * A query code of `queryCodeLength` characters from `queryCodeAlphabet` (about 49 bits), drawn by
 * rejection sampling so every character is equally likely. Shown as `XXXXX-XXXXX`.
 */
export function generateQueryCode(options: { randomBytes: RandomBytes }): string {
  const alphabetSize = queryCodeAlphabet.length;
  // Largest multiple of the alphabet size below 256: bytes at or above it are discarded.
  const limit = 256 - (256 % alphabetSize);
  let code = '';
  while (code.length < queryCodeLength) {
    for (const byte of options.randomBytes(queryCodeLength * 2)) {
      if (byte >= limit) continue;
      code += queryCodeAlphabet[byte % alphabetSize];
      if (code.length === queryCodeLength) break;
    }
  }
  return formatQueryCode(code);
}

function formatQueryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * Normalises a query code typed by the applicant (lower case, spaces and hyphens accepted) to its
 * printed form; null when it cannot be a code. Compare codes in constant time in the use case.
 */
export function normaliseQueryCode(text: string): string | null {
  const compact = text.replace(/[\s-－—]/g, '').toUpperCase();
  if (compact.length !== queryCodeLength) return null;
  for (const character of compact) if (!queryCodeAlphabet.includes(character)) return null;
  return formatQueryCode(compact);
}
