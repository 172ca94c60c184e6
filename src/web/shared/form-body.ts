import { z } from 'zod';

/** A urlencoded form body as @fastify/formbody parses it: repeated fields become arrays. */
const formBodySchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export type FormBody = z.infer<typeof formBodySchema>;

export function parseFormBody(body: unknown): FormBody {
  const result = formBodySchema.safeParse(body ?? {});
  return result.success ? result.data : {};
}

/** One text field (the first value when repeated; '' when absent). */
export function formText(body: FormBody, name: string): string {
  const value = body[name];
  if (Array.isArray(value)) return value[0] ?? '';
  return value ?? '';
}

/** A field that may repeat (checkboxes): always a list. */
export function formList(body: FormBody, name: string): string[] {
  const value = body[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The named text fields, for re-rendering a form with what was entered. */
export function formValues(body: FormBody, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, formText(body, name)]));
}
