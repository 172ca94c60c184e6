import { letterKindOfTemplateKey } from './letter-kind.ts';
import {
  isPlaceholderAvailable,
  placeholderDefinitionOf,
  requiredPlaceholders,
} from './letter-placeholders.ts';
import type { LetterTemplate } from './letter-template.ts';

export type TemplateProblem = {
  field: 'title' | 'body' | 'attachments';
  /** Chinese, says what to change. */
  message: string;
};

const placeholderPattern = /\{([^{}]*)\}/g;

/** The placeholder names used in a text, in order of appearance (repeats kept). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

function braceProblem(text: string): string | null {
  let depth = 0;
  for (const character of text) {
    if (character === '{') depth += 1;
    if (character === '}') depth -= 1;
    if (depth < 0 || depth > 1) return '花括号不成对：占位符应写成 {名称} 的形式';
  }
  return depth === 0 ? null : '花括号不成对：占位符应写成 {名称} 的形式';
}

/**
 * Checks an edited template before it is saved or used: balanced braces, no unknown placeholder or
 * one this kind of letter cannot fill, and every required placeholder present (for decisions the
 * legal basis and the remedy notice). Empty when the template may be used.
 */
export function validateLetterTemplate(options: { template: LetterTemplate }): TemplateProblem[] {
  const { template } = options;
  const kind = letterKindOfTemplateKey(template.key);
  const problems: TemplateProblem[] = [];
  if (template.title.trim() === '') problems.push({ field: 'title', message: '请填写文书标题' });
  if (template.body.trim() === '') problems.push({ field: 'body', message: '请填写文书正文' });
  const fields: Array<{ field: TemplateProblem['field']; text: string }> = [
    { field: 'title', text: template.title },
    { field: 'body', text: template.body },
    ...template.attachments.map((text) => ({ field: 'attachments' as const, text })),
  ];
  const used = new Set<string>();
  for (const { field, text } of fields) {
    const problem = braceProblem(text);
    if (problem) problems.push({ field, message: problem });
    for (const name of placeholdersIn(text)) {
      used.add(name);
      if (placeholderDefinitionOf(name) === null) {
        problems.push({ field, message: `未知的占位符 {${name}}，请从可用占位符中选择` });
      } else if (!isPlaceholderAvailable({ name, kind })) {
        problems.push({ field, message: `占位符 {${name}} 不能用于此类文书` });
      }
    }
  }
  for (const name of requiredPlaceholders(template.key)) {
    if (!used.has(name)) {
      const description = placeholderDefinitionOf(name)?.description ?? name;
      problems.push({ field: 'body', message: `缺少必需的占位符 {${name}}（${description}）` });
    }
  }
  return problems;
}
