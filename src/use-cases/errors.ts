/** Input that breaks a rule; `fieldErrors` name the form fields (messages in Chinese). */
export class ValidationError extends Error {
  readonly fieldErrors: Record<string, string>;
  constructor(message: string, fieldErrors: Record<string, string> = {}) {
    super(message);
    this.name = 'ValidationError';
    this.fieldErrors = fieldErrors;
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The change conflicts with existing data (a duplicate, a stale state). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** A unique-constraint violation that raced past our own checks becomes a ConflictError. */
export function translateUniqueViolation(error: unknown): unknown {
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  if (code === '23505') return new ConflictError('该记录已存在（唯一性冲突）');
  return error;
}

export { AccessDeniedError } from '../domain/access/policy.ts';
