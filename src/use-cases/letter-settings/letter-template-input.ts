import { z } from 'zod';
import {
  isLetterTemplateKey,
  type LetterTemplateKey,
} from '../../domain/applications/letters/letter-kind.ts';
import type { LetterTemplate } from '../../domain/applications/letters/letter-template.ts';
import { validateLetterTemplate } from '../../domain/applications/letters/validate-letter-template.ts';
import { parseInput } from '../agencies/agency-input.ts';
import { NotFoundError, ValidationError } from '../errors.ts';

/** Lines as typed in a textarea: Windows line ends made plain, trailing spaces dropped. */
function plainLines(text: string): string[] {
  return text
    .replaceAll('\r\n', '\n')
    .replaceAll('\r', '\n')
    .split('\n')
    .map((line) => line.trimEnd());
}

/** An edited template from a form or an API body: the body one paragraph a line, attachments one a line. */
const letterTemplateInputSchema = z.object({
  title: z.string({ error: '请填写文书标题' }).trim().max(100, '标题不能超过100个字符'),
  body: z
    .string({ error: '请填写文书正文' })
    .max(10_000, '正文不能超过10000个字符')
    .transform((text) => plainLines(text).join('\n').trim()),
  attachments: z
    .union([z.string(), z.array(z.string())], { error: '附件应为文字，每行一项' })
    .default('')
    .transform((value) =>
      (typeof value === 'string' ? plainLines(value) : value.map((line) => line.trim()))
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .pipe(z.array(z.string().max(200, '每项附件不能超过200个字符')).max(50, '附件不能超过50项')),
});

/** The template key of a URL or a form; an unknown key is a page that does not exist. */
export function parseTemplateKey(text: string): LetterTemplateKey {
  if (!isLetterTemplateKey(text)) throw new NotFoundError('文书模板不存在');
  return text;
}

/**
 * The template an administrator entered, checked as letters will use it (`validateLetterTemplate`):
 * a ValidationError whose field messages say, in Chinese, what to change in the title, the body or
 * the attachments.
 */
export function parseLetterTemplate(options: {
  key: LetterTemplateKey;
  input: Record<string, unknown>;
}): LetterTemplate {
  const valid = parseInput(letterTemplateInputSchema, options.input);
  const template: LetterTemplate = { key: options.key, ...valid };
  const problems = validateLetterTemplate({ template });
  if (problems.length === 0) return template;
  const fieldErrors: Record<string, string> = {};
  for (const problem of problems) {
    const before = fieldErrors[problem.field];
    fieldErrors[problem.field] = before === undefined ? problem.message : `${before}；${problem.message}`;
  }
  throw new ValidationError(problems.map((problem) => problem.message).join('；'), fieldErrors);
}
