import { createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { generateQueryCode, normaliseQueryCode } from '../../domain/applications/case-number.ts';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keyLength: number,
  options: { N: number; r: number; p: number },
) => Promise<Buffer>;

const scryptOptions = { N: 16_384, r: 8, p: 1 };
const keyLength = 32;

/**
 * The query code is about 49 bits: stored only as a salted scrypt hash, so a copy of the database
 * does not hand out the codes. Format `scrypt$<salt hex>$<hash hex>`.
 */
export async function hashQueryCode(queryCode: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(queryCode, salt, keyLength, scryptOptions);
  return `scrypt$${salt.toString('hex')}$${hash.toString('hex')}`;
}

/** A well-formed hash of no code: unknown case numbers are checked against it (same work, same time). */
export const decoyQueryCodeHash = `scrypt$${'00'.repeat(16)}$${'00'.repeat(keyLength)}`;

/** Compares a typed code with a stored hash in constant time; false for a malformed code. */
export async function isQueryCodeMatch(options: { typedCode: string; storedHash: string }): Promise<boolean> {
  const [, saltHex = '', hashHex = ''] = options.storedHash.split('$');
  const normalised = normaliseQueryCode(options.typedCode);
  const expected = Buffer.from(hashHex, 'hex');
  const actual = await scryptAsync(
    normalised ?? options.typedCode,
    Buffer.from(saltHex, 'hex'),
    keyLength,
    scryptOptions,
  );
  const isEqual = expected.length === actual.length && timingSafeEqual(expected, actual);
  return isEqual && normalised !== null;
}

export function hashIdempotencyKey(key: string): string {
  return createHash('sha256').update(`gongkai-idempotency:${key}`).digest('hex');
}

/**
 * The query code of a submission. With an idempotency key (secret to the submitting form) the code
 * is derived from it, so a double submission answers with the same code; the database stores only
 * hashes of both, so it cannot re-derive the code. Without a key, the code is random.
 */
export function queryCodeFor(options: { idempotencyKey: string | undefined }): string {
  const { idempotencyKey } = options;
  if (idempotencyKey === undefined) return generateQueryCode({ randomBytes: (size) => randomBytes(size) });
  let round = 0;
  return generateQueryCode({
    randomBytes: (size) => {
      round += 1;
      const bytes = Buffer.alloc(size);
      for (let offset = 0; offset < size; offset += 32) {
        createHmac('sha256', idempotencyKey)
          .update(`query-code:${round}:${offset}`)
          .digest()
          .copy(bytes, offset);
      }
      return bytes;
    },
  });
}
