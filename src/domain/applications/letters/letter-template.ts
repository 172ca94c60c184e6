import type { LetterTemplateKey } from './letter-kind.ts';

/**
 * The editable text of one letter, as the agency administrator keeps it. Placeholders are names
 * in braces, e.g. `{申请人}` (see `letterPlaceholders`). `body` holds one paragraph per line;
 * a placeholder whose value has several lines (e.g. `{提供的信息}`) yields several paragraphs,
 * and a line left empty after filling is dropped.
 */
export type LetterTemplate = {
  key: LetterTemplateKey;
  title: string;
  body: string;
  /** 附件 lines; may use placeholders. A line that is empty after filling is dropped. */
  attachments: readonly string[];
};
