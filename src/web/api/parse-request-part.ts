import type { z } from 'zod';
import { ValidationError } from '../../use-cases/errors.ts';

/** Validates a body, query or params with its zod schema; problems become a ValidationError per field. */
export function parseRequestPart<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) fieldErrors[issue.path.join('.') || '_'] ??= issue.message;
  throw new ValidationError(
    Object.entries(fieldErrors)
      .map(([field, message]) => `${field}：${message}`)
      .join('；'),
    fieldErrors,
  );
}
